import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_DEBTS } from './journey-cases.js';
import { AppPage, type NavKey } from './pages/app-page.js';
import { IntakePage } from './pages/intake-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { privacyTexts } from './pages/privacy-page.js';
import { StartPage } from './pages/start-page.js';
import { launchBrowser, launchPersistent, VIEWPORTS } from './support/browser.js';
import { guardNetwork } from './support/network-guard.js';
import { serviceWorkerInControl } from './support/service-worker.js';
import { type StaticServer, serveStatic } from './support/static-server.js';

/**
 * Issue 14, acceptance 2 (the offline part): the standalone build from a plain static server, on a
 * 360×740 phone with a profile that outlives the browser. First visit → the sample case → one more
 * debt typed in → the network off → reload: the case is there and every screen of the navigation
 * opens → the browser closed and opened again, still offline: still there. No request leaves the
 * page's own origin and the page's CSP is never violated (ADR 0032).
 */

const DIST = fileURLToPath(new URL('../packages/web/dist-standalone/', import.meta.url));
/** A cold PGlite in the browser (initdb and every migration) on a busy 2-core machine. */
const START_MS = 180_000;
const NAV: readonly NavKey[] = [
  'start',
  'overview',
  'budget',
  'plan',
  'negotiate',
  'documents',
  'reminders',
  'rights',
  'privacy',
  'backup',
];
const TYPED = JOURNEY_DEBTS[0]?.answers;

describe('the standalone build offline (e2e)', { timeout: 4 * START_MS }, () => {
  let server: StaticServer | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'shangan-offline-'));
  beforeAll(async () => {
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  const opened = async (context: BrowserContext): Promise<{ page: Page; app: AppPage }> => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(START_MS);
    return { page, app: new AppPage(page, server?.base ?? '') };
  };
  const debtCount = async (app: AppPage) => {
    await app.goto('/overview');
    const overview = new OverviewPage(app);
    await overview.waitForDebts();
    return overview.debtCards().count();
  };

  it('at 360×740: sample case, one debt typed, offline reload, every screen, browser reopened offline', async () => {
    if (server === undefined || TYPED === undefined) throw new Error('the static server did not start');
    let context = await launchPersistent(profile, 'mobile');
    let guard = await guardNetwork(context, server.base);
    try {
      const { page, app } = await opened(context);
      await app.goto('/');
      const start = new StartPage(app);
      await app.waitForScreen(start.text.title);
      // The service worker has cached the whole build once it controls the page.
      await serviceWorkerInControl(page);

      await start.openSample();
      const intake = new IntakePage(app);
      for (;;) {
        await page.waitForURL(/\/review$/);
        await page.getByText(intake.text.savedOk, { exact: true }).waitFor();
        if ((await intake.nextDebtButton().count()) === 0) break;
        await intake.nextDebt();
      }
      await intake.addAnother();
      await intake.enterDebt(TYPED);
      await intake.finish();
      expect(await debtCount(app)).toBe(6);

      await context.setOffline(true);
      await page.reload();
      expect(await debtCount(app)).toBe(6);
      for (const key of NAV) {
        const heading = await app.navigate(key);
        expect(await heading.textContent(), key).not.toBe('');
        expect(await page.getByText('出了点问题').count(), key).toBe(0);
      }
      // The privacy screen says whether the browser has promised to keep the data.
      await app.navigate('privacy');
      const kept = page.locator('[data-storage-persisted]');
      expect(['true', 'false']).toContain(await kept.getAttribute('data-storage-persisted'));
      // No server here: the privacy screen says the case is in this browser, not on "this computer".
      expect(await page.getByText(privacyTexts.zh.thisBrowser, { exact: true }).count()).toBe(1);
      guard.assertClean();
    } finally {
      await context.close();
    }

    // Closed and opened again, with no network from the start.
    context = await launchPersistent(profile, 'mobile');
    guard = await guardNetwork(context, server.base);
    try {
      await context.setOffline(true);
      const { page, app } = await opened(context);
      await app.goto('/overview');
      expect(await debtCount(app)).toBe(6);
      expect(await page.getByText(TYPED.lender).count()).toBeGreaterThan(0);
      guard.assertClean();
    } finally {
      await context.close();
    }
  });

  it('in WeChat’s browser, says first to open it in a real browser', async () => {
    if (server === undefined) throw new Error('the static server did not start');
    const browser = await launchBrowser();
    try {
      const { width, height, ...device } = VIEWPORTS.mobile;
      const context = await browser.newContext({
        viewport: { width, height },
        ...device,
        userAgent:
          'Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560 NetType/WIFI Language/zh_CN',
      });
      const guard = await guardNetwork(context, server.base);
      const page = await context.newPage();
      await page.goto(`${server.base}/`);
      await page.getByRole('heading', { name: '请在浏览器中打开' }).waitFor();
      guard.assertClean();
    } finally {
      await browser.close();
    }
  });
});
