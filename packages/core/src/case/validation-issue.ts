import type { z } from 'zod';

/** One problem in an input file: where (a path like debts[1].contractDate) and what, bilingual. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** debts[1].contractDate — the way a person reads a JSON path; the root is "(根)". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(根 root)' : text;
}

/**
 * Zod's issues in our words. `input` is the value that was parsed: zod 4 leaves the offending value
 * out of its issues, so whether a field is missing or has the wrong type is read from the input.
 */
export function toValidationIssues(error: z.core.$ZodError, input: unknown): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: describeIssue(issue, input),
  }));
}

/** The codes a value of the wrong kind raises; for an absent value, each of them means "missing". */
const MISSING_CODES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (MISSING_CODES.has(issue.code) && isAbsent(input, issue.path)) return '必填 (required)';
  switch (issue.code) {
    case 'invalid_type':
      return isOurWording(issue.message) ? issue.message : wrongType(issue.expected);
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')} (unknown field ${issue.keys.join(', ')})`;
    default:
      return issue.message;
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

/**
 * Every message the schemas word themselves is Chinese first ("应为整数 (expected a whole number)");
 * zod's own wording ("Invalid input: expected array, received object") has no Chinese in it.
 */
function isOurWording(message: string): boolean {
  return /\p{Script=Han}/u.test(message);
}

/** The JSON kinds a case file's fields take, as a person would name them. */
const TYPE_NAMES: Record<string, [zh: string, en: string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['布尔值 true 或 false', 'true or false'],
  array: ['列表 [ ]', 'a list [ ]'],
  object: ['对象 { }', 'an object { }'],
};

function wrongType(expected: string): string {
  const [zh, en] = TYPE_NAMES[expected] ?? [expected, expected];
  return `类型错误，应为${zh} (wrong type: expected ${en})`;
}
