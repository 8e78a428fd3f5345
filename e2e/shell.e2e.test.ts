import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, type NavKey, shellTexts } from './pages/app-page.js';
import { assertAccessible } from './support/axe.js';
import { launchBrowser, newContext, VIEWPORTS, type ViewportName } from './support/browser.js';
import { assertKeyboardReachable } from './support/keyboard.js';
import { foreignUrls, guardNetwork, type NetworkGuard } from './support/network-guard.js';
import { saveScreenshot } from './support/screenshots.js';
import { importExample, type RunningServer, startServer } from './support/start-server.js';

// The built app (`npm test` builds before vitest runs) served by the real server process, driven
// in Debian's Chromium at a phone's and a laptop's size. Written against the shell and accessible
// names only (one h1 per screen, the navigation), not against what each screen says.

const NAV_KEYS = Object.keys(shellTexts.zh.nav) as NavKey[];
/** Screens that need no case; every one must pass axe and the keyboard check at both sizes. */
const CASELESS_SCREENS = ['start', 'privacy', 'rights'] as const;

interface Session {
  page: Page;
  app: AppPage;
  guard: NetworkGuard;
}

describe('the web app shell in Chromium (e2e)', { timeout: 120_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // The browser first: when it is missing, this fails at once and leaves no server behind.
    browser = await launchBrowser();
    server = await startServer();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** A fresh profile at one size on `on` (default: the local-mode server), watched by the guard. */
  async function open(viewport: ViewportName, on?: RunningServer): Promise<Session> {
    const target = on ?? server;
    if (browser === undefined || target === undefined) throw new Error('the browser or server did not start');
    const context = await newContext(browser, viewport);
    contexts.push(context);
    const guard = await guardNetwork(context, target.base, {
      // Before signing in, accounts mode answers "who am I?" with 401, which Chromium logs.
      allowConsole: target.auth === 'accounts' ? [/status of 401.*\/api\/auth\/me/] : [],
    });
    const page = await context.newPage();
    return { page, app: new AppPage(page, target.base), guard };
  }

  it('loads at / and shows the start screen when there is no case', async () => {
    const { page, app, guard } = await open('desktop');
    await app.goto('/');
    await app.waitForScreen();
    expect(app.route()).toBe('/start');
    expect(await app.navLink('start').getAttribute('aria-current')).toBe('page');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.title()).toBe(`${app.text.brand} · ${app.text.tagline}`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    guard.assertClean();
  });

  it('switches language: <html lang>, the navigation and the title follow, and the choice is kept', async () => {
    const { page, app, guard } = await open('mobile');
    await app.goto('/privacy');
    await app.waitForScreen();
    for (const key of NAV_KEYS)
      await expect(app.navLink(key).textContent()).resolves.toBe(shellTexts.zh.nav[key]);

    await app.switchLanguage();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const key of NAV_KEYS)
      await expect(app.navLink(key).textContent()).resolves.toBe(shellTexts.en.nav[key]);
    await expect.poll(() => page.title()).toBe(`${shellTexts.en.brand} · ${shellTexts.en.tagline}`);
    expect(await page.getByRole('link', { name: shellTexts.zh.nav.privacy, exact: true }).count()).toBe(0);

    await page.reload();
    await app.waitForScreen();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await app.switchLanguage();
    expect(await app.navLink('privacy').textContent()).toBe(shellTexts.zh.nav.privacy);
    guard.assertClean();
  });

  it('quick hide replaces the app with a blank notepad, drops the route and changes the title', async () => {
    const { page, app, guard } = await open('mobile');
    await app.goto('/rights');
    await app.waitForScreen();
    await app.quickHide();
    // The shell sets the title in an effect, just after the page has changed.
    await expect.poll(() => page.title()).toBe(app.text.hiddenTitle);
    expect(app.route()).toBe('/');
    expect(await app.nav().count()).toBe(0);
    expect(await page.getByRole('textbox', { name: app.text.hiddenTitle }).isVisible()).toBe(true);
    await app.unhide();
    await expect.poll(() => page.title()).toBe(`${app.text.brand} · ${app.text.tagline}`);
    guard.assertClean();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { width, height } = VIEWPORTS[viewport];
    for (const screen of CASELESS_SCREENS) {
      it(`${screen} at ${width}×${height}: no serious axe violation, all reachable by keyboard, nothing foreign`, async () => {
        const { page, app, guard } = await open(viewport);
        await app.goto(`/${screen}`);
        await app.waitForScreen();
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect(await app.navLink(screen).getAttribute('aria-current')).toBe('page');
        await saveScreenshot(page, screen);
        await assertAccessible(page, `${screen} at ${width}×${height}`);
        await assertKeyboardReachable(page, `${screen} at ${width}×${height}`);
        guard.assertClean();
      });
    }
  }

  /** Every link of the navigation lies inside the viewport's width, a 44 px target, its label inside it. */
  async function expectWholeNavigation(app: AppPage, width: number, label: string): Promise<void> {
    const links = await app.nav().getByRole('link').all();
    expect(links, label).toHaveLength(NAV_KEYS.length);
    for (const link of links) {
      const name = `${label}: ${await link.textContent()}`;
      const box = await link.boundingBox();
      if (box === null) throw new Error(`${name} is not shown`);
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(width);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth), name).toBe(true);
    }
    // Nothing hidden in a sideways scroll, neither in the navigation nor in the page.
    const overflow = await app
      .nav()
      .evaluate((element) => [
        element.scrollWidth - element.clientWidth,
        element.ownerDocument.documentElement.scrollWidth,
      ]);
    expect(overflow[0], label).toBeLessThanOrEqual(0);
    expect(overflow[1], label).toBeLessThanOrEqual(width);
  }

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { width, height } = VIEWPORTS[viewport];
    it(`at ${width}×${height} the navigation shows every section in both languages, none in a sideways scroll`, async () => {
      const { app, page, guard } = await open(viewport);
      await app.goto('/rights');
      await app.waitForScreen();
      await expectWholeNavigation(app, width, `zh at ${width}`);
      await saveScreenshot(page, 'navigation-zh');
      await app.switchLanguage();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await expectWholeNavigation(app, width, `en at ${width}`);
      await saveScreenshot(page, 'navigation-en');
      guard.assertClean();
    });
  }

  it('with one case saved, / opens the overview of that case', async () => {
    const withCase = await startServer();
    try {
      await importExample(withCase, 'five-loans-80k.json');
      const { app, guard } = await open('desktop', withCase);
      await app.goto('/');
      await app.waitForScreen();
      expect(app.route()).toBe('/overview');
      expect(await app.navLink('overview').getAttribute('aria-current')).toBe('page');
      guard.assertClean();
    } finally {
      await withCase.stop();
    }
  });

  it('accounts mode shows the sign-in screen, without the navigation, until someone signs in', async () => {
    const accounts = await startServer({ auth: 'accounts' });
    try {
      const { page, app, guard } = await open('mobile', accounts);
      await app.goto('/');
      await app.waitForScreen();
      expect(await app.nav().count()).toBe(0);
      await saveScreenshot(page, 'login');
      await assertAccessible(page, 'login at 360×740');
      guard.assertClean();
    } finally {
      await accounts.stop();
    }
  });

  it('the guard itself sees CSP violations, console errors and foreign origins', async () => {
    const { page, app, guard } = await open('desktop');
    await app.goto('/privacy');
    await app.waitForScreen();
    // An inline script is what the CSP exists to refuse.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: {
          createElement(tag: string): { textContent: string };
          head: { append(node: unknown): void };
        };
      };
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.head.append(script);
    });
    await expect.poll(() => guard.findings().cspViolations.length).toBeGreaterThan(0);
    expect(guard.findings().consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    expect(() => guard.assertClean()).toThrow(/cspViolations/);
    expect(guard.requests.length).toBeGreaterThan(0);
    const own = app.base;
    expect(foreignUrls([`${own}/`, 'data:,', `blob:${own}/x`, 'https://example.com/a.js'], own)).toEqual([
      'https://example.com/a.js',
    ]);
  });
});
