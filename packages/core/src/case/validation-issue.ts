import type { z } from 'zod';
import type { IssueFacts, SizeOrigin, ValidationIssueFacts, ValueKind } from './issue-facts.js';
import { statedFacts } from './state-issue.js';

/** One problem at a place: a path like debts[1].contractDate ('' for the whole input) and its facts. */
export type IssueAt<F extends IssueFacts> = F extends unknown ? { path: string } & F : never;

/** One problem in an input: where, and what as a code with params (words: renderValidationIssue). */
export type ValidationIssue = IssueAt<ValidationIssueFacts>;

/** debts[1].contractDate — the way a person reads a JSON path; the whole input is ''. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Zod's issues as codes. `input` is the value that was parsed: zod 4 leaves the offending value
 * out of its issues, so whether a field is missing or has the wrong type is read from the input.
 * A layer above the core whose schemas state codes of their own names them as `Extra`.
 */
export function toValidationIssues<Extra extends IssueFacts = never>(
  error: z.core.$ZodError,
  input: unknown,
): IssueAt<ValidationIssueFacts | Extra>[] {
  return error.issues.map(
    (issue) =>
      ({ path: formatIssuePath(issue.path), ...factsOf(issue, input) }) as IssueAt<
        ValidationIssueFacts | Extra
      >,
  );
}

/** The codes a value of the wrong kind raises; for an absent value, each of them means "missing". */
const MISSING_CODES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

function factsOf(issue: z.core.$ZodIssue, input: unknown): IssueFacts {
  if (MISSING_CODES.has(issue.code) && isAbsent(input, issue.path)) return { code: 'required', params: {} };
  const stated = statedFacts(issue.message);
  if (stated) return stated;
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong_type', params: { expected: VALUE_KINDS[issue.expected] ?? 'value' } };
    case 'unrecognized_keys':
      return { code: 'unknown_fields', params: { keys: issue.keys } };
    case 'invalid_value':
      return { code: 'not_one_of', params: { allowed: issue.values.map(String) } };
    case 'too_small':
      return {
        code: 'too_small',
        params: {
          origin: originOf(issue.origin),
          minimum: Number(issue.minimum),
          inclusive: issue.inclusive ?? true,
        },
      };
    case 'too_big':
      return {
        code: 'too_big',
        params: {
          origin: originOf(issue.origin),
          maximum: Number(issue.maximum),
          inclusive: issue.inclusive ?? true,
        },
      };
    case 'invalid_format':
      return { code: 'invalid_format', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

/** Whether nothing is at `path` in `input`: a key left out (or set to undefined), at any depth. */
function isAbsent(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** Zod's names of JSON kinds, as the catalogs name them. */
const VALUE_KINDS: Partial<Record<string, ValueKind>> = {
  string: 'text',
  number: 'number',
  int: 'whole_number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
};

function originOf(origin: string): SizeOrigin {
  if (origin === 'number' || origin === 'int') return 'number';
  if (origin === 'string') return 'text';
  if (origin === 'array' || origin === 'set') return 'list';
  return 'value';
}
