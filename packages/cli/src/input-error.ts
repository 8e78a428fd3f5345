import type { Lang } from '@shangan/core';
import { type CliIo, EXIT_BAD_INPUT, write } from './cli-io.js';
import type { CliHeading, CliIssue } from './cli-issue.js';
import { renderCliHeading, renderCliIssue } from './i18n/cli-messages.js';

/** Bad input or usage: codes, worded when reported, one problem a line. Never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly issues: readonly CliIssue[],
    readonly heading?: CliHeading,
  ) {
    super(issues.map((issue) => renderCliIssue(issue, 'en')).join('\n'));
  }
}

export function reportInputError(error: InputError, io: CliIo, lang: Lang): number {
  if (error.heading) write(io.stderr, renderCliHeading(error.heading, lang));
  for (const issue of error.issues) write(io.stderr, renderCliIssue(issue, lang));
  return EXIT_BAD_INPUT;
}

/** The command's usage line, as the problem. */
export function usageError(usage: string): InputError {
  return new InputError([{ path: '', code: 'usage', params: { usage } }]);
}

/** One problem with one option or input: `--as-of`, `(stdin)`, a file's path. */
export function inputError(issue: CliIssue): InputError {
  return new InputError([issue]);
}
