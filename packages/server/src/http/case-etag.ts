import { zValidator } from '@hono/zod-validator';
import { ifMatchHeader } from '@shangan/contract';
import { ExpectedError } from '../errors/expected-error.js';

/** The strong ETag of a case at a revision: `"r7"` (ADR 0022). */
export function caseEtag(revision: number): string {
  return `"r${revision}"`;
}

const required = () => new ExpectedError({ code: 'precondition_required', params: {} });

/**
 * Validates the If-Match header of a write that edits the case file, as the contract declares it
 * (`ifMatchHeader`, so the typed client must send it): 428 precondition_required without it. The
 * handler reads the revision it names with `expectedRevision(c.req.valid('header'))`.
 */
export const requireIfMatch = zValidator('header', ifMatchHeader, (result) => {
  if (!result.success) throw required();
});

/**
 * The revision an If-Match names, or null when it names none of ours (it then matches nothing). `*` names none and would let a write pass blind: 428 too. Only
 * one strong tag of ours matches: a weak tag (W/"r7") never matches under the strong comparison
 * If-Match uses (RFC 9110, 13.1.1), nor does a list or a tag this server did not make; each of
 * those is answered 412 with the current revision.
 */
export function expectedRevision(headers: { 'if-match': string }): number | null {
  const value = headers['if-match'].trim();
  if (value === '*') throw required();
  // At most 15 digits: every such number is exact as a JavaScript number.
  const match = /^"r([1-9]\d{0,14})"$/.exec(value);
  return match?.[1] === undefined ? null : Number(match[1]);
}
