import { acceptedLanguage } from '@shangan/contract';
import type { LprTable } from '@shangan/core';
import { Hono } from 'hono';
import type { OpenDatabase } from '../db/open-database.js';
import { ExpectedError, notFound } from '../errors/expected-error.js';
import { LOCAL_ACTOR } from '../repositories/actor.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import type { ServerConfig } from '../server-config.js';
import { reportUseCases } from '../use-cases/report-use-cases.js';
import { apiRoutes } from './api-routes.js';
import './app-env.js';
import { sessionAuth } from './auth.js';
import { clientAddress } from './client-address.js';
import { DatabaseGate } from './database-gate.js';
import { errorBody, statusOf } from './error-response.js';
import { failureLogText, maskSensitive } from './mask-log.js';
import { sameOriginWrites } from './same-origin-writes.js';
import { sameOriginOnly, securityHeaders } from './security.js';
import { registerWebApp } from './web-app.js';
import type { WebAssets } from './web-assets.js';

export interface AppDependencies {
  database: OpenDatabase;
  config: ServerConfig;
  /** The built-in LPR table; each case's reports add its owner's own quotations to it (ADR 0033). */
  lpr: LprTable;
  version: string;
  /** Where errors are logged (masked, database errors by code only); tests pass a collector. */
  log?: (line: string) => void;
  /** Milliseconds since the epoch, for sessions and login limiting; tests pass their own. */
  clock?: () => number;
  /** The built web app served at `/` (web-assets.ts); none in API-only tests. */
  web?: WebAssets;
}

/** The HTTP API and the web app. Routes are thin: validate → use-case → respond. */
export function createApp({
  database,
  config,
  lpr,
  version,
  log = console.error,
  clock = Date.now,
  web = new Map(),
}: AppDependencies) {
  let reports = reportUseCases(database.db, lpr);
  const gate = new DatabaseGate();
  const { wipe } = database;
  // Local mode only: in accounts mode one person's "delete everything" must not delete the others'.
  const wipeData =
    config.auth === 'local' && wipe !== undefined
      ? () =>
          gate.exclusive(async () => {
            await wipe();
            await ensureLocalUser(database.db);
            // The cache holds reports of cases that are gone, over the database that was closed.
            reports = reportUseCases(database.db, lpr);
          })
      : undefined;
  const health = { ok: true, db: database.kind, auth: config.auth, version } as const;
  const app = new Hono();
  app.use('*', securityHeaders(config.trustProxyHops));
  // Before anything that may fail: every error is worded in the language the request asks for.
  app.use('*', async (c, next) => {
    c.set('lang', acceptedLanguage(c.req.header('accept-language')));
    await next();
  });
  if (config.auth === 'local') app.use('/api/*', sameOriginOnly(config.port));
  app.use('/api/*', async (c, next) => {
    // The wipe itself waits for every other request to leave, so it does not enter.
    if (c.req.method === 'DELETE' && c.req.path === '/api/data') return next();
    await gate.enter();
    try {
      await next();
    } finally {
      gate.leave();
    }
  });
  app.use('/api/*', async (c, next) => {
    c.set('db', database.db);
    c.set('wipeData', wipeData);
    c.set('config', config);
    c.set('lpr', lpr);
    c.set('reports', reports);
    c.set('clock', clock);
    c.set('health', health);
    if (config.auth === 'local')
      c.set('actor', { ...LOCAL_ACTOR, address: clientAddress(c, config.trustProxyHops) });
    await next();
  });
  // Accounts mode: same-origin writes only, and a session cookie names the actor (auth.ts).
  if (config.auth === 'accounts') app.use('/api/*', sameOriginWrites, sessionAuth);
  app.route('/', apiRoutes);
  registerWebApp(app, web);

  app.notFound((c) => {
    const { facts } = notFound('endpoint');
    return c.json(errorBody(facts, [], c.var.lang ?? 'zh'), statusOf(facts.code));
  });
  app.onError((error, c) => {
    if (error instanceof ExpectedError) {
      const status = statusOf(error.facts.code);
      const headers: Record<string, string> =
        error.facts.code === 'too_many_attempts'
          ? { 'Retry-After': String(error.facts.params.retryAfterSeconds) }
          : {};
      return c.json(errorBody(error.facts, error.issues, c.var.lang ?? 'zh'), status, headers);
    }
    log(`${c.req.method} ${maskSensitive(c.req.path)} failed: ${failureLogText(error)}`);
    return c.json(errorBody({ code: 'internal', params: {} }, [], c.var.lang ?? 'zh'), 500);
  });
  return app;
}
