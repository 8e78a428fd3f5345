import type { ApiErrorFacts } from './api-error-facts.js';
import type { ApiIssue } from './api-issue.js';

/**
 * Every error response: a stable code with its typed params (412 names the current revision), its
 * message in the requested language, and field issues.
 */
export interface ApiErrorBody {
  error: ApiErrorFacts & {
    message: string;
    /** One per bad field, on 400 (and on a 409 that is about one field), worded in the same language. */
    issues: (ApiIssue & { message: string })[];
  };
}
