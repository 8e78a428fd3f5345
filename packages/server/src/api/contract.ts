/**
 * The HTTP API's contract for clients (the web app): the zod schemas that validate request bodies
 * and queries, and the shapes of the JSON responses. Clients import these types and schemas, never
 * the server's internals. Money is always a decimal yuan string ("1234.50") and dates 'YYYY-MM-DD'.
 */

export { paidBody } from '../http/routes/agreement-routes.js';
export { advisorBody, loginBody, signUpBody } from '../http/routes/auth-routes.js';
export { caseBody } from '../http/routes/case-routes.js';
export { evidenceQuery } from '../http/routes/contact-routes.js';
export { moveBody } from '../http/routes/negotiation-routes.js';
export { documentQuery, planQuery } from '../http/routes/report-routes.js';
export type { AgreementJson, InstalmentJson, TermsJson } from '../store/agreement-json.js';
export type { CaseSummary } from '../store/case-store.js';
export type { EvidenceSummary, StoredContact } from '../store/contact-store.js';
export type { DebtNegotiation, NegotiationEvent } from '../store/negotiation-store.js';

/** Every error response: a stable code, a message for people, and field-level issues for 400s. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** GET /api/health. */
export interface HealthBody {
  ok: true;
  db: 'pglite' | 'postgres';
  /** local: one person on their own machine; accounts: sign-in, clients and advisors. */
  auth: 'local' | 'accounts';
  version: string;
}
