import type { HealthJson } from '@shangan/contract';
import type { Lang, LprTable } from '@shangan/core';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../repositories/actor.js';
import type { ServerConfig } from '../server-config.js';
import type { ReportUseCases } from '../use-cases/report-use-cases.js';

/**
 * What every route can read from the context: the database, who is asking, the settings, the
 * language of the answer's words and the app's long-lived services. Declared on Hono's context map
 * rather than as the routes' Env, so the routes' type (AppType, which the web app reads) names
 * none of the server's internals.
 */
declare module 'hono' {
  interface ContextVariableMap {
    db: Database;
    actor: Actor;
    config: ServerConfig;
    /** The built-in LPR table, without anyone's own quotations. */
    lpr: LprTable;
    lang: Lang;
    reports: ReportUseCases;
    /** Milliseconds since the epoch, for sessions and login limiting; tests pass their own. */
    clock: () => number;
    /**
     * Local mode on PGlite in a data directory: deletes the whole database and starts an empty
     * one (DELETE /api/data), alone, after the requests in flight. Undefined otherwise.
     */
    wipeData: (() => Promise<void>) | undefined;
    /** What GET /api/health answers: fixed at start. */
    health: HealthJson;
  }
}
