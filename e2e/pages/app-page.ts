import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { PageWindow } from '../support/page-globals.js';

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
  | 'privacy';

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
}
