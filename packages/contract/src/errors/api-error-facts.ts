import type { DocumentKind, NegotiationState } from '@shangan/core';

/** What a 404 is about: someone else's id and an id that does not exist look the same. */
export type MissingThing =
  | 'endpoint'
  | 'case'
  | 'debt'
  | 'contact'
  | 'evidence'
  | 'agreement'
  | 'instalment'
  | 'advisor'
  | 'account'
  | 'lpr_quotation';

/**
 * What an advisor may be granted on a client's case (ADR 0024): `read` comes with the assignment,
 * `edit` and `reveal` are the owner's explicit grants, `owner` is never granted.
 */
export type CasePermission = 'read' | 'edit' | 'reveal' | 'owner';

/**
 * Every error the API answers, as a code with typed parameters. The words are rendered from the
 * catalogs (api-error-messages.ts) in the language the request asked for, so a client can show
 * its own text for a code and never has to parse a message.
 */
export type ApiErrorFacts =
  | { code: 'invalid_input'; params: Record<string, never> }
  | { code: 'invalid_json'; params: Record<string, never> }
  | { code: 'unsupported_media_type'; params: { expected: 'json' | 'case_file_or_export' } }
  | { code: 'too_large'; params: { limitBytes: number } }
  | { code: 'not_found'; params: { what: MissingThing } }
  | {
      code: 'invalid_transition';
      params: { from: NegotiationState; to: NegotiationState; allowed: NegotiationState[] };
    }
  | { code: 'document_not_applicable'; params: { kind: DocumentKind; applicable: DocumentKind[] } }
  | { code: 'contact_limit_reached'; params: { limit: number } }
  | { code: 'evidence_limit_reached'; params: { limitBytes: number; usedBytes: number } }
  | { code: 'lpr_limit_reached'; params: { limit: number } }
  | { code: 'invalid_credentials'; params: Record<string, never> }
  | { code: 'unauthenticated'; params: Record<string, never> }
  | { code: 'not_permitted'; params: { needs: CasePermission } }
  | { code: 'too_many_attempts'; params: { retryAfterSeconds: number; action: 'login' | 'signup' } }
  | { code: 'precondition_required'; params: Record<string, never> }
  | { code: 'precondition_failed'; params: { currentRevision: number } }
  | { code: 'foreign_host'; params: { host: string } }
  | { code: 'foreign_origin'; params: Record<string, never> }
  | { code: 'shutting_down'; params: Record<string, never> }
  | { code: 'internal'; params: Record<string, never> };

export type ApiErrorCode = ApiErrorFacts['code'];

export type ApiErrorParams<C extends ApiErrorCode> = Extract<ApiErrorFacts, { code: C }>['params'];
