import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Kept by CI with the other test artifacts; git ignores the folder. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-artifacts/e2e/', import.meta.url));

/** Saves a full-page PNG as `test-artifacts/e2e/<name>-<width>x<height>.png`; returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const size = page.viewportSize();
  if (size === null) throw new Error('the page has no fixed viewport to name the screenshot by');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${size.width}x${size.height}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
