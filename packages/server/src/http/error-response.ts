import {
  type ApiErrorBody,
  type ApiErrorCode,
  type ApiErrorFacts,
  renderApiError,
  renderApiIssue,
} from '@shangan/contract';
import type { Lang } from '@shangan/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ExpectedError } from '../errors/expected-error.js';

/** The HTTP status of each error code: the one place codes meet statuses. */
const STATUS: Record<ApiErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  document_not_applicable: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  too_large: 413,
  not_found: 404,
  invalid_transition: 409,
  contact_limit_reached: 409,
  evidence_limit_reached: 409,
  lpr_limit_reached: 409,
  invalid_credentials: 401,
  unauthenticated: 401,
  not_permitted: 403,
  too_many_attempts: 429,
  precondition_required: 428,
  precondition_failed: 412,
  foreign_host: 421,
  foreign_origin: 403,
  shutting_down: 503,
  internal: 500,
};

export function statusOf(code: ApiErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/**
 * The body of an error response, worded in `lang`; each issue carries its code, its params and its
 * message from the catalogs. Bad input is summed up by its first issue
 * ("caseFile.debts[1].principal: …"), the most useful line for a client that shows only one.
 */
export function errorBody(facts: ApiErrorFacts, issues: ExpectedError['issues'], lang: Lang): ApiErrorBody {
  const worded = issues.map((issue) => ({ ...issue, message: renderApiIssue(issue, lang) }));
  const first = worded[0];
  const message =
    facts.code === 'invalid_input' && first
      ? [first.path, first.message].filter(Boolean).join(': ')
      : renderApiError(facts, lang);
  return { error: { ...facts, message, issues: worded } };
}
