import { createLprTable } from '@shangan/core';
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { createApp } from '../http/app.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { openTestPglite } from './test-database.js';

/**
 * A local-mode app on a fresh in-memory PGlite for one test file (opened before its tests, closed
 * after), and `call`, which sends a request as the person's own browser would (own Host header,
 * any other headers given). The vitest project "worker-routes" replaces this module with
 * e2e/support/worker-local-app.ts: the same calls to the API worker of the standalone build.
 */
export function useLocalApp() {
  const config = readConfig({});
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestPglite();
    await ensureLocalUser(database.db);
    app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
  });
  afterAll(() => database.close());
  /** Any request: its body a JSON value (sent as application/json), text or bytes. */
  async function request(
    method: string,
    path: string,
    init: { json?: unknown; body?: string | Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const body = init.json === undefined ? init.body : JSON.stringify(init.json);
    return app.request(path, {
      method,
      headers: {
        host: `127.0.0.1:${config.port}`,
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(body === undefined ? {} : { body }),
    });
  }
  return {
    call: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request(method, path, body === undefined ? { headers } : { json: body, headers }),
    request,
  };
}
