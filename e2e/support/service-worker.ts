import type { Page } from 'playwright-core';

/** The one page API this needs, declared here as page-globals.ts declares the others. */
interface ServiceWorkerWindow {
  navigator: { serviceWorker: { controller: object | null } };
}

/**
 * Resolves once the standalone build's service worker controls the page (it has cached the build).
 * A function, not a string: polling a string needs eval, which the page's CSP rightly refuses.
 */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as ServiceWorkerWindow).navigator.serviceWorker.controller !== null,
  );
}
