import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseFileInput } from '@shangan/core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { newContext, type ViewportName } from '../support/browser.js';
import { guardNetwork, type NetworkGuard } from '../support/network-guard.js';
import type { PageWindow } from '../support/page-globals.js';
import { saveScreenshot } from '../support/screenshots.js';

export type Locale = 'zh' | 'en';

export type NavKey =
  | 'start'
  | 'overview'
  | 'budget'
  | 'plan'
  | 'negotiate'
  | 'documents'
  | 'reminders'
  | 'rights'
  | 'privacy'
  | 'backup';

/** The shell texts the model finds controls by (a subset of packages/web/src/shell-messages.ts). */
export interface ShellTexts {
  brand: string;
  tagline: string;
  navLabel: string;
  nav: Record<NavKey, string>;
  switchLanguageLabel: string;
  quickHideLabel: string;
  hiddenTitle: string;
  hiddenBack: string;
}

// The app's own catalog, so a change of wording cannot break the tests. Loaded by path at run time:
// the web package is type-checked on its own (DOM, JSX), not by the root tsconfig that checks e2e.
const CATALOG = fileURLToPath(new URL('../../packages/web/src/shell-messages.ts', import.meta.url));
export const shellTexts = ((await import(CATALOG)) as { shellMessages: Record<Locale, ShellTexts> })
  .shellMessages;

const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** An element's text as shown, without the surrounding whitespace. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/**
 * The app's API as the test calls it, beside the browser: to set a case up, or to compare what a
 * screen shows with what the server computes. Node's fetch sends no Origin header, which local
 * mode accepts. JSON bodies are sent as JSON, bytes with their media type.
 */
export async function callApi<T>(
  base: string,
  path: string,
  init: {
    method?: string;
    json?: unknown;
    bytes?: { data: Buffer; type: string };
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  return (await callApiWithEtag<T>(base, path, init)).body;
}

/** As callApi, with the response's ETag (a case's revision, for the If-Match of its next edit). */
async function callApiWithEtag<T>(
  base: string,
  path: string,
  init: Parameters<typeof callApi>[2] = {},
): Promise<{ body: T; etag: string }> {
  const method = init.method ?? (init.json === undefined && init.bytes === undefined ? 'GET' : 'POST');
  const extra = init.headers ?? {};
  const request: RequestInit =
    init.bytes !== undefined
      ? {
          method,
          headers: { 'content-type': init.bytes.type, ...extra },
          body: new Uint8Array(init.bytes.data),
        }
      : init.json !== undefined
        ? {
            method,
            headers: { 'content-type': 'application/json', ...extra },
            body: JSON.stringify(init.json),
          }
        : { method, headers: extra };
  const response = await fetch(`${base}${path}`, request);
  const body = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${body}`);
  return {
    body: (body === '' ? undefined : JSON.parse(body)) as T,
    etag: response.headers.get('etag') ?? '',
  };
}

/** A stored case as GET /api/cases/:caseId answers it. */
export interface StoredCaseJson {
  title: string;
  caseFile: CaseFileInput;
}

/**
 * Edits a stored case beside the browser, as another window or device would: reads it with its
 * ETag, and PUTs `edit` of it with that If-Match (ADR 0022). Answers the case as stored after.
 */
export async function editCase(
  base: string,
  caseId: string,
  edit: (stored: StoredCaseJson) => StoredCaseJson,
): Promise<StoredCaseJson> {
  const path = `/api/cases/${encodeURIComponent(caseId)}`;
  const { body, etag } = await callApiWithEtag<StoredCaseJson>(base, path);
  return callApi<StoredCaseJson>(base, path, {
    method: 'PUT',
    json: edit(body),
    headers: { 'if-match': etag },
  });
}

/** One visitor: a fresh browser profile at one size, watched by the network guard, on the app. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  app: AppPage;
  guard: NetworkGuard;
}

/** Opens a session on the local-mode app at `base`; close it with `session.context.close()`. */
export async function openSession(
  browser: Browser,
  base: string,
  viewport: ViewportName,
): Promise<AppSession> {
  const context = await newContext(browser, viewport);
  const guard = await guardNetwork(context, base);
  const page = await context.newPage();
  return { context, page, app: new AppPage(page, base), guard };
}

/**
 * The shell around every screen: navigation, language switch, quick hide, routes by hash. Finds
 * everything by role and accessible name, as a screen reader would; waits on the page, never on time.
 */
export class AppPage {
  /** A fresh profile starts in Chinese. */
  locale: Locale = 'zh';

  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  get text(): ShellTexts {
    return shellTexts[this.locale];
  }

  /** Opens the app at a route (`/privacy`, `/intake/d1`); `/` lets the shell pick the screen. */
  async goto(route = '/'): Promise<void> {
    await this.page.goto(`${this.base}/#${route}`);
  }

  /**
   * Makes a case stored on the server the app's current one, as choosing it would (current-case.tsx
   * remembers it under this key), then opens `route` with it.
   */
  async openCase(caseId: string, route: string): Promise<void> {
    await this.goto('/start');
    await this.page.evaluate((id) => {
      const { localStorage } = globalThis as unknown as {
        localStorage: { setItem(k: string, v: string): void };
      };
      localStorage.setItem('shangan.caseId', id);
    }, caseId);
    await this.goto(route);
    await this.page.reload();
  }

  /** The hash route the app is on now (`/start`). */
  route(): string {
    return new URL(this.page.url()).hash.replace(/^#/, '') || '/';
  }

  /** Waits for the screen's one `<h1>` (with that name, when given) and returns it. */
  async waitForScreen(name?: string | RegExp): Promise<Locator> {
    const heading = this.page.getByRole('heading', { level: 1, ...(name === undefined ? {} : { name }) });
    await heading.waitFor({ state: 'visible' });
    return heading;
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: this.text.navLabel });
  }

  navLink(key: NavKey): Locator {
    return this.nav().getByRole('link', { name: this.text.nav[key], exact: true });
  }

  /** Follows a navigation link and waits for the new screen's heading. */
  async navigate(key: NavKey): Promise<Locator> {
    await this.navLink(key).click();
    return this.waitForScreen();
  }

  languageSwitch(): Locator {
    return this.page.getByRole('button', { name: this.text.switchLanguageLabel, exact: true });
  }

  /** Switches to the other language and waits until `<html lang>` says so. */
  async switchLanguage(): Promise<void> {
    await this.languageSwitch().click();
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    await this.page.waitForFunction(
      (lang) => (globalThis as unknown as PageWindow).document.documentElement.lang === lang,
      HTML_LANG[this.locale],
    );
  }

  quickHideButton(): Locator {
    return this.page.getByRole('button', { name: this.text.quickHideLabel, exact: true });
  }

  /** Quick hide: waits for the notepad page that replaces the app. */
  async quickHide(): Promise<Locator> {
    await this.quickHideButton().click();
    return this.waitForScreen(this.text.hiddenTitle);
  }

  /** Leaves the notepad page for the app again. */
  async unhide(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.hiddenBack, exact: true }).click();
    await this.nav().waitFor({ state: 'visible' });
  }

  /** Follows a download link (`<a download>`) and resolves to the file the browser saved. */
  async download(link: Locator): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    const failure = await download.failure();
    if (failure !== null) throw new Error(`the download of ${download.url()} failed: ${failure}`);
    return { fileName: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  /**
   * Opens every `<details>` of the screen, so the accessibility checks also see what it discloses
   * (tables behind "逐月剩余欠款" and the like). Resolves to how many were opened.
   */
  async openDisclosures(): Promise<number> {
    return this.page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { querySelectorAll(selector: string): ArrayLike<{ open: boolean }> };
      };
      const closed = Array.from(document.querySelectorAll('details:not([open])'));
      for (const details of closed) details.open = true;
      return closed.length;
    });
  }

  /** `test-artifacts/e2e/<name>-<width>x<height>.png` of the whole page as it is now. */
  screenshot(name: string): Promise<string> {
    return saveScreenshot(this.page, name);
  }

  /** GET (or DELETE) on the app's API, beside the browser: see `callApi`. */
  api<T>(path: string, method: 'GET' | 'DELETE' = 'GET'): Promise<T> {
    return callApi<T>(this.base, path, { method });
  }

  /** The ids of the cases the server holds. */
  async caseIds(): Promise<string[]> {
    const { cases } = await this.api<{ cases: { id: string }[] }>('/api/cases');
    return cases.map((item) => item.id);
  }

  /** Deletes every case, so the next visitor is a newcomer with no case. */
  async deleteAllCases(): Promise<void> {
    for (const id of await this.caseIds()) await this.api(`/api/cases/${encodeURIComponent(id)}`, 'DELETE');
  }
}
