import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.js';
import { loadCatalog } from './pages/catalog.js';
import { StartPage } from './pages/start-page.js';
import { launchBrowser, newContext } from './support/browser.js';
import { guardNetwork } from './support/network-guard.js';
import { serviceWorkerInControl } from './support/service-worker.js';
import { type StaticServer, serveStatic } from './support/static-server.js';

/**
 * Issue 14, "start at once": on a first visit the standalone build downloads its database engine
 * (about 18 MB) and opens the database, which takes seconds on a phone. Meanwhile the start
 * screen, the triage and the screens that need no case already work, and a line above them says
 * how far the engine is. Here the static server holds the engine's files back until the test lets
 * them go, so "meanwhile" is certain, not a race: the triage is answered and the rights screen read
 * with the engine still not there; "先看示例案件" waits for it and opens the sample once it is.
 * The engine is downloaded once, not again by the service worker's precache (engine-cache.ts).
 */

const DIST = fileURLToPath(new URL('../packages/web/dist-standalone/', import.meta.url));
/** A cold PGlite in the browser (initdb and every migration) on a busy 2-core machine. */
const START_MS = 180_000;
/** PGlite's files, which the API worker downloads itself (standalone/engine-files.ts). */
const ENGINE_FILE = /\/assets\/(pglite|initdb)-[^/]*\.(wasm|data)$/;

const start = (
  await loadCatalog<{ begin: string; yes: string; no: string; opening: string }>(
    'screens/start/messages.ts',
    'startMessages',
  )
).zh;
const engine = (await loadCatalog<{ downloadTitle: string }>('standalone/messages.ts', 'standaloneMessages'))
  .zh;
const rights = (await loadCatalog<{ title: string }>('screens/rights/messages.ts', 'rightsMessages')).zh;

describe('the standalone build before its engine is ready (e2e)', { timeout: 3 * START_MS }, () => {
  let server: StaticServer | undefined;
  let letGo: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  const held: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(DIST, {}, async (path) => {
      if (!ENGINE_FILE.test(path)) return;
      held.push(path);
      await released;
    });
  });
  afterAll(async () => {
    letGo();
    await server?.stop();
  });

  it('at 360×740: start, triage and rights work while the engine downloads; the sample opens once it is in', async () => {
    if (server === undefined) throw new Error('the static server did not start');
    const browser = await launchBrowser();
    try {
      const context = await newContext(browser, 'mobile');
      const guard = await guardNetwork(context, server.base);
      const page = await context.newPage();
      page.setDefaultTimeout(START_MS);
      const app = new AppPage(page, server.base);
      await app.goto('/');
      const startPage = new StartPage(app);
      await app.waitForScreen(startPage.text.title);
      await page.waitForURL(/#\/start$/);
      // The engine is being downloaded: its sizes are known, and not one byte has arrived.
      await page.getByRole('heading', { name: engine.downloadTitle }).waitFor();
      expect(held.length).toBeGreaterThan(0);
      await app.screenshot('standalone-start-while-engine-downloads');

      // The triage is core only: answered while the engine is still held back.
      await page.getByRole('link', { name: start.begin, exact: true }).click();
      await page.waitForURL(/#\/start\/[^/]+$/);
      const firstQuestion = page.url();
      await page.getByRole('radio', { name: start.no, exact: true }).check();
      await page.getByRole('button', { name: '下一步', exact: true }).click();
      await page.waitForURL((url) => url.toString() !== firstQuestion);
      await app.goto('/rights');
      await app.waitForScreen(rights.title);
      expect(await page.getByText('出了点问题').count()).toBe(0);

      // The sample needs the case store: the button says it is opening, and waits.
      await app.goto('/start');
      await startPage.sampleButton().click();
      await page.getByRole('button', { name: start.opening, exact: true }).waitFor();
      expect(page.url()).toMatch(/#\/start$/);

      letGo();
      await page.waitForURL(/#\/intake\/[^/]+\/review$/);
      // The line above the app about the engine (the download, then "opening the data") is gone.
      await page.locator('.engine-progress').waitFor({ state: 'detached' });
      // Downloaded once: the service worker answers the engine from what the worker kept.
      await serviceWorkerInControl(page);
      expect(held.length).toBe(3);
      expect(new Set(held).size).toBe(3);
      guard.assertClean();
    } finally {
      await browser.close();
    }
  });
});
