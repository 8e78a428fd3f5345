import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertAccessible } from './axe.js';
import { launchBrowser, newContext } from './browser.js';
import { checkKeyboard } from './keyboard.js';

// The browser checks must fail on pages that deserve it, or a passing e2e run proves nothing.

describe('the e2e checks themselves (Chromium)', { timeout: 60_000 }, () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  async function pageWith(body: string): Promise<Page> {
    if (browser === undefined) throw new Error('the browser did not start');
    const page = await (await newContext(browser, 'desktop')).newPage();
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>check</title></head><body><main><h1>Check</h1>${body}</main></body></html>`,
    );
    return page;
  }

  it('axe: a button without a name is a critical violation, named with its selector', async () => {
    const page = await pageWith('<button id="nameless"></button>');
    await expect(assertAccessible(page, 'the sample')).rejects.toThrow(/button-name \[critical\] #nameless/);
    await page.context().close();
  });

  it('keyboard: a trap and a hidden focus ring are both reported', async () => {
    const page = await pageWith(`
      <style>#ringless:focus, #ringless:focus-visible { outline: none; }</style>
      <button id="ringless">No ring</button>
      <input id="trap" aria-label="Trap">
      <a href="#after">After the trap</a>
      <script>
        document.getElementById('trap').addEventListener('keydown', (event) => {
          if (event.key === 'Tab') event.preventDefault();
        });
      </script>`);
    const report = await checkKeyboard(page);
    expect(report.noIndicator).toEqual(['#1 <button> "No ring"']);
    expect(report.missed).toEqual(['#3 <a> "After the trap"']);
    await page.context().close();
  });
});
