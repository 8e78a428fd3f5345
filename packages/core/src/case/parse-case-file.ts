import { type CaseFile, caseFileSchema } from './case-schema.js';
import { MAX_CASE_FILE_BYTES } from './case-size.js';
import { parseJsonText } from './parse-json-text.js';
import { toValidationIssues, type ValidationIssue } from './validation-issue.js';

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
      issues: [{ path: '', code: 'file_too_large', params: { limitBytes: MAX_CASE_FILE_BYTES } }],
    };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, issues: [{ path: '', code: 'invalid_json', params: json.at }] };
  return validateCaseFile(json.value);
}
