import type { z } from 'zod';
import type { ValidationIssue } from '../case/validation-issue.js';
import { toValidationIssues } from '../case/validation-issue.js';

/** What every use-case returns: its output, or the problems with its input, each named by path. */
export type UseCaseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Validates `input` with `schema`, then runs `run` on the parsed value. */
export function runWithSchema<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (value: z.output<S>) => UseCaseResult<T>,
): UseCaseResult<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? run(parsed.data) : { ok: false, issues: toValidationIssues(parsed.error, input) };
}
