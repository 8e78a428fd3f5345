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
 * any other headers given).
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
  return {
    async call(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<Response> {
      return app.request(path, {
        method,
        headers: {
          host: `127.0.0.1:${config.port}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
  };
}
