import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './start-server.js';

/**
 * Chromium and the built server for one e2e file: started before its tests (the browser first:
 * when it is missing this fails at once and leaves no server behind), closed after, with every
 * browser context the tests kept.
 */
export function useBrowserAndServer(options?: Parameters<typeof startServer>[0]) {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer(options);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });
  return {
    started(): { browser: Browser; server: RunningServer } {
      if (browser === undefined || server === undefined)
        throw new Error('the browser or server did not start');
      return { browser, server };
    },
    /** Closes this context after the file's tests. */
    keep(context: BrowserContext): void {
      contexts.push(context);
    },
  };
}
