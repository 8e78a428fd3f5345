import type { LprTable } from '@shangan/core';
import { Hono } from 'hono';
import type { ServerConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { LOCAL_ACTOR } from '../store/actor.js';
import { NotFoundError } from '../store/not-found.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { sessionAuth } from './auth.js';
import { LoginLimiter } from './login-limiter.js';
import { maskSensitive } from './mask-log.js';
import { registerAgreementRoutes } from './routes/agreement-routes.js';
import { registerArchiveRoutes } from './routes/archive-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerCaseRoutes } from './routes/case-routes.js';
import { registerContactRoutes } from './routes/contact-routes.js';
import { registerNegotiationRoutes } from './routes/negotiation-routes.js';
import { registerReminderRoutes } from './routes/reminder-routes.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { sameOriginWrites } from './same-origin-writes.js';
import { sameOriginOnly, securityHeaders } from './security.js';
import { registerWebApp } from './web-app.js';
import type { WebAssets } from './web-assets.js';

export interface AppDependencies {
  database: OpenDatabase;
  config: ServerConfig;
  lpr: LprTable;
  version: string;
  /** Where errors are logged (masked); tests pass a collector. */
  log?: (line: string) => void;
  /** Milliseconds since the epoch, for sessions and login limiting; tests pass their own. */
  clock?: () => number;
  /** The built web app served at `/` (web-assets.ts); none in API-only tests. */
  web?: WebAssets;
}

/** The HTTP API. Routes are thin: validate → use-case (core) → store. */
export function createApp({
  database,
  config,
  lpr,
  version,
  log = console.error,
  clock = Date.now,
  web = new Map(),
}: AppDependencies) {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  if (config.auth === 'local') app.use('/api/*', sameOriginOnly(config.port));
  app.use('/api/*', async (c, next) => {
    c.set('db', database.db);
    c.set('config', config);
    c.set('lpr', lpr);
    if (config.auth === 'local') c.set('actor', LOCAL_ACTOR);
    await next();
  });
  // Accounts mode: same-origin writes only, and a session cookie names the actor (auth.ts).
  if (config.auth === 'accounts') app.use('/api/*', sameOriginWrites, sessionAuth(clock));

  app.get('/api/health', (c) => c.json({ ok: true, db: database.kind, auth: config.auth, version }));
  registerCaseRoutes(app);
  registerContactRoutes(app);
  registerReportRoutes(app);
  registerArchiveRoutes(app);
  registerNegotiationRoutes(app);
  registerAgreementRoutes(app);
  registerReminderRoutes(app);
  if (config.auth === 'accounts') registerAuthRoutes(app, { clock, limiter: new LoginLimiter({ clock }) });
  registerWebApp(app, web);

  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: '没有这个地址 (no such endpoint)' } }, 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      const issues = error.issues.length > 0 ? { issues: error.issues } : {};
      return c.json({ error: { code: error.code, message: error.message, ...issues } }, error.status);
    }
    if (error instanceof NotFoundError) {
      return c.json({ error: { code: 'not_found', message: `找不到 (${error.what} not found)` } }, 404);
    }
    log(maskSensitive(`${c.req.method} ${c.req.path} failed: ${error.stack ?? String(error)}`));
    return c.json(
      { error: { code: 'internal', message: '服务器内部错误，请稍后再试 (internal error)' } },
      500,
    );
  });
  return app;
}
