import type { ApiErrorBody, HealthJson } from '@shangan/contract';
import { Hono } from 'hono';
import type { ApplyGlobalResponse } from 'hono/client';
import { advisorRoutes } from './routes/advisor-routes.js';
import { agreementRoutes } from './routes/agreement-routes.js';
import { archiveRoutes } from './routes/archive-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { contactRoutes } from './routes/contact-routes.js';
import { dataRoutes } from './routes/data-routes.js';
import { lprRoutes } from './routes/lpr-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { negotiationRoutes } from './routes/negotiation-routes.js';
import { reminderRoutes } from './routes/reminder-routes.js';
import { reportRoutes } from './routes/report-routes.js';

/**
 * Every route of the API, chained so that their paths, inputs and outputs add up to one type.
 * Each route is validate (the contract's schema) → use-case → respond.
 */
export const apiRoutes = new Hono()
  .get('/api/health', (c) => c.json<HealthJson>(c.var.health))
  .route('/', caseRoutes)
  .route('/', contactRoutes)
  .route('/', messageRoutes)
  .route('/', reportRoutes)
  .route('/', lprRoutes)
  .route('/', archiveRoutes)
  .route('/', negotiationRoutes)
  .route('/', agreementRoutes)
  .route('/', reminderRoutes)
  .route('/', dataRoutes)
  .route('/', authRoutes)
  .route('/', advisorRoutes);

/** Any route may answer with the contract's error body (onError in app.ts). */
type ErrorResponses = {
  [S in 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 421 | 428 | 429 | 500 | 503]: { json: ApiErrorBody };
};

/** The API's type for `hc<AppType>` (hono/client): paths, inputs, outputs and error bodies. */
export type AppType = ApplyGlobalResponse<typeof apiRoutes, ErrorResponses>;
