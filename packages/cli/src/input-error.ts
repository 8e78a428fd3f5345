import type { ValidationIssue } from '@shangan/core';
import { type CliIo, EXIT_BAD_INPUT, write } from './cli-io.js';

/** Bad input or usage: every problem on its own line, named by its path. Never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly issues: readonly ValidationIssue[],
    readonly heading?: string,
  ) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
}

export function reportInputError(error: InputError, io: CliIo): number {
  if (error.heading) write(io.stderr, error.heading);
  for (const issue of error.issues) write(io.stderr, `${issue.path}: ${issue.message}`);
  return EXIT_BAD_INPUT;
}

export function usageError(message: string): InputError {
  return new InputError([{ path: '(命令 command)', message }], undefined);
}
