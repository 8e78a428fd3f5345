import { type CaseFile, caseFileSchema } from './case-schema.js';
import { toValidationIssues, type ValidationIssue } from './validation-issue.js';

/** Case files are small (a few KB per debt); anything larger is not a case file. */
export const MAX_CASE_FILE_BYTES = 2 * 1024 * 1024;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Validates an already-parsed JSON value as a case file v1. */
export function validateCaseFile(value: unknown): ParseResult<CaseFile> {
  const result = caseFileSchema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toValidationIssues(result.error, value) };
}

/** Parses case-file text: size check, JSON syntax, then the schema; every problem named by its path. */
export function parseCaseFileText(text: string): ParseResult<CaseFile> {
  // UTF-16 length is a cheap lower bound of the UTF-8 size, enough to refuse huge inputs early.
  if (text.length > MAX_CASE_FILE_BYTES) {
    return {
      ok: false,
      issues: [
        {
          path: '(根 root)',
          message: `文件过大，案件文件不超过 2 MB (file too large: a case file is at most 2 MB)`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '(根 root)', message: `不是有效的 JSON (not valid JSON): ${detail}` }],
    };
  }
  return validateCaseFile(value);
}
