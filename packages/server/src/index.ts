/**
 * What clients may take from the server: the type of its routes, for `hc<AppType>` (hono/client).
 * Its declaration names only the contract (@shangan/contract), the core and Hono, so a client's
 * type-check reads none of the server's sources. Everything else a client needs is the contract.
 */
export type { AppType } from './http/api-routes.js';
