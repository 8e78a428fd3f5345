import type { ValidationIssue } from '@shangan/core';

/** An expected failure with its HTTP status; rendered as { error: { code, message, issues? } }. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 421 | 429 | 401,
    readonly code: string,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function invalidInput(issues: ValidationIssue[]): ApiError {
  const first = issues[0];
  const message = first ? `${first.path}: ${first.message}` : '输入无效 (invalid input)';
  return new ApiError(400, 'invalid_input', message, issues);
}
