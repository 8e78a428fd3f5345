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

/** Zod's issues in our words: bilingual messages for the codes we did not word ourselves. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '必填 (required)'
        : `类型错误，应为 ${issue.expected} (expected ${issue.expected})`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')} (unknown field ${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}
