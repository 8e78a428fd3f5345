import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, not a browser download: this machine reaches no site but the package registries. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet headless Chromium that makes no requests of its own (updates, first-run pages). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The two sizes the app must look right at: a small phone and a laptop. */
export const VIEWPORTS = {
  mobile: { width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Launches Chromium; a missing browser fails (CI installs it), it never skips the tests. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium fonts-noto-cjk\` first.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh profile (empty localStorage, no cookies) at one of the two sizes; downloads are kept. */
export async function newContext(browser: Browser, name: ViewportName): Promise<BrowserContext> {
  const { width, height, ...device } = VIEWPORTS[name];
  return browser.newContext({ viewport: { width, height }, ...device, acceptDownloads: true });
}

/**
 * A profile kept in `userDataDir` at one of the two sizes: closing it and launching it again on the
 * same folder is a person closing the browser and opening it later (storage, service worker kept).
 */
export async function launchPersistent(userDataDir: string, name: ViewportName): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium fonts-noto-cjk\` first.`);
  }
  const { width, height, ...device } = VIEWPORTS[name];
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    ...device,
    acceptDownloads: true,
  });
}
