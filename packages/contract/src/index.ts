/**
 * The HTTP API's contract: the zod schemas that validate request bodies and queries, the shapes of
 * the JSON responses, and the error codes with their zh/en catalogs. The server's routes and the
 * web app import it; it imports neither. Money is a decimal yuan string ("1234.50"), dates are
 * 'YYYY-MM-DD'. The routes' own type, AppType, is the server's (`@shangan/server`).
 */
export * from './errors/accepted-language.js';
export * from './errors/api-error-body.js';
export * from './errors/api-error-facts.js';
export * from './errors/api-error-messages.js';
export * from './errors/api-issue.js';
export * from './errors/api-issue-messages.js';
export * from './errors/to-api-issues.js';
export * from './requests/advisor-bodies.js';
export * from './requests/archive-queries.js';
export * from './requests/as-written.js';
export * from './requests/auth-bodies.js';
export * from './requests/calendar-query.js';
export * from './requests/case-body.js';
export * from './requests/checked-case-file.js';
export * from './requests/evidence-query.js';
export * from './requests/file-name.js';
export * from './requests/if-match-header.js';
export * from './requests/lpr-bodies.js';
export * from './requests/message-bodies.js';
export * from './requests/negotiation-bodies.js';
export * from './requests/report-queries.js';
export * from './responses/account-json.js';
export * from './responses/advisor-json.js';
export * from './responses/agreement-json.js';
export * from './responses/case-json.js';
export * from './responses/contact-json.js';
export * from './responses/health-json.js';
export * from './responses/lpr-json.js';
export * from './responses/negotiation-json.js';
export * from './responses/sign-up-json.js';
