import { renderApiIssue } from '@shangan/contract';
import type { Lang } from '@shangan/core';
import type { ApiFailure } from '../api/client';

export interface FormErrors<F extends string> {
  /** The catalog's words for each form field the server named (the first one per field). */
  fields: Partial<Record<F, string>>;
  /** What the fields do not explain: the server's message when it named none of them. */
  form: string | undefined;
}

/**
 * Spreads a failed request's issues over a form's fields (`issues[].path` is the field name),
 * so each message shows beside the field it is about and nothing the person typed is lost.
 */
export function formErrors<F extends string>(
  error: ApiFailure,
  fields: readonly F[],
  lang: Lang,
): FormErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = fields.find((name) => name === issue.path);
    if (field !== undefined && byField[field] === undefined) byField[field] = renderApiIssue(issue, lang);
  }
  return { fields: byField, form: Object.keys(byField).length === 0 ? error.message : undefined };
}
