import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type ApiHarness,
  HARNESS_PAGES,
  openApiHarness,
  STANDALONE_DIST,
  START_DEADLINE_MS,
  type WorkerRequest,
} from './api-harness.js';
import { launchBrowser, newContext } from './browser.js';
import { guardNetwork, type NetworkGuard } from './network-guard.js';
import { type StaticServer, serveStatic } from './static-server.js';

/**
 * The second transport of the server's route suites (ADR 0030): `useLocalApp().call` as in
 * packages/server/src/test-support/local-app.ts, but each request goes to the API worker of the
 * standalone build, in Chromium, served by a plain static server (api-harness.ts). The vitest
 * project "worker-routes" puts this module in place of local-app.ts, so the same test files run
 * unchanged against the same Hono app on PGlite in the browser.
 */
export function useLocalApp() {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let guard: NetworkGuard | undefined;
  let harness: ApiHarness | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(STANDALONE_DIST, HARNESS_PAGES);
    const context = await newContext(browser, 'desktop');
    guard = await guardNetwork(context, server.base);
    harness = await openApiHarness(await context.newPage(), server.base);
    await harness.start();
  }, START_DEADLINE_MS + 30_000);
  afterAll(async () => {
    try {
      // No host but the page's own, no console errors, no CSP violations (acceptance 3).
      guard?.assertClean();
    } finally {
      await browser?.close();
      await server?.stop();
    }
  });
  const started = (): ApiHarness => {
    if (harness === undefined) throw new Error('the API worker did not start');
    return harness;
  };
  return {
    call: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      started().call(method, path, body, headers),
    request: (method: string, path: string, init?: WorkerRequest) => started().request(method, path, init),
    storage: () => started().storage(),
    /** Closes the database cleanly, ends the worker and starts a new one on the same storage. */
    async restart(): Promise<void> {
      await started().stop();
      await started().start();
    },
  };
}
