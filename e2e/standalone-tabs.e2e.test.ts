import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellTexts } from './pages/app-page.js';
import { launchBrowser, newContext } from './support/browser.js';
import { guardNetwork, type NetworkGuard } from './support/network-guard.js';
import { type StaticServer, serveStatic } from './support/static-server.js';

/**
 * The standalone build (packages/web/dist-standalone) as a person opens it: from a plain static
 * server, the API in a worker of the page (ADR 0030). The app comes up on its own database; a
 * second tab of the same browser says it is open elsewhere and can take it over, after which the
 * first one says so. Links to the API download the worker's answer. Nothing is requested from
 * another host, and the page's CSP is not violated.
 */

const DIST = fileURLToPath(new URL('../packages/web/dist-standalone/', import.meta.url));
// The app's own catalog (as app-page.ts loads the shell's), so a change of wording breaks nothing.
const CATALOG = fileURLToPath(new URL('../packages/web/src/standalone/messages.ts', import.meta.url));
const texts = (
  (await import(CATALOG)) as {
    standaloneMessages: {
      zh: { elsewhere: string; switchHere: string; starting: string; downloadTitle: string };
    };
  }
).standaloneMessages.zh;
/** A cold PGlite in the browser (initdb and every migration) on a busy 2-core machine. */
const START_MS = 180_000;

describe('the standalone build in Chromium (e2e)', { timeout: 2 * START_MS }, () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The app is shown (it is, while the engine still opens) and the engine answers: no line about it. */
  const shellShown = async (page: Page) => {
    await page.getByRole('link', { name: new RegExp(shellTexts.zh.brand) }).waitFor({ timeout: START_MS });
    await page.getByText(texts.starting, { exact: true }).waitFor({ state: 'detached', timeout: START_MS });
    await page
      .getByRole('heading', { name: texts.downloadTitle })
      .waitFor({ state: 'detached', timeout: START_MS });
  };
  const elsewhereShown = (page: Page) =>
    page.getByRole('heading', { name: texts.elsewhere }).waitFor({ timeout: START_MS });

  it('opens in one tab at a time, and moves to the tab that asks', async () => {
    if (browser === undefined || server === undefined) throw new Error('the browser or server did not start');
    const context = await newContext(browser, 'mobile');
    const guard: NetworkGuard = await guardNetwork(context, server.base);
    try {
      const first = await context.newPage();
      await first.goto(`${server.base}/`);
      await shellShown(first);

      // A link to the API (an export, evidence, a letter) is answered by the worker as a download.
      const [download] = await Promise.all([
        first.waitForEvent('download'),
        first.evaluate(`(() => {
          const link = document.createElement('a');
          link.href = '/api/health';
          link.download = 'health.json';
          document.body.append(link);
          link.click();
        })()`),
      ]);
      expect(download.suggestedFilename()).toBe('health.json');
      const health = JSON.parse(readFileSync(await download.path(), 'utf8')) as { auth: string; ok: boolean };
      expect(health).toMatchObject({ ok: true, auth: 'local' });

      const second = await context.newPage();
      await second.goto(`${server.base}/`);
      await elsewhereShown(second);
      await second.getByRole('button', { name: texts.switchHere }).click();
      await shellShown(second);
      await elsewhereShown(first);
      expect(await first.getByRole('link', { name: new RegExp(shellTexts.zh.brand) }).count()).toBe(0);

      // And back: the first tab asks, the second lets go.
      await first.getByRole('button', { name: texts.switchHere }).click();
      await shellShown(first);
      await elsewhereShown(second);
      guard.assertClean();
    } finally {
      await context.close();
    }
  });
});
