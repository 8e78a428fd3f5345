import type { AppPage } from './app-page.js';
import { loadCatalog } from './catalog.js';

/** The privacy screen's texts the model uses (packages/web/src/screens/privacy/messages.ts). */
interface PrivacyTexts {
  title: string;
  thisBrowser: string;
  deleteStart: string;
  deleteConfirmLabel: string;
  deleteWord: string;
  deleteConfirm: string;
}

export const privacyTexts = await loadCatalog<PrivacyTexts>('screens/privacy/messages.ts', 'privacyMessages');

/** `#/privacy`: here, its "delete all data" flow, as the person goes through it. */
export class PrivacyPage {
  constructor(readonly app: AppPage) {}

  get text(): PrivacyTexts {
    return privacyTexts[this.app.locale];
  }

  /**
   * Deletes every case and the app's data in this browser; resolves on the start screen after,
   * waiting up to `timeout` ms for the database to be made anew.
   */
  async deleteEverything(timeout = 90_000): Promise<void> {
    const { page } = this.app;
    await this.app.goto('/privacy');
    await this.app.waitForScreen(this.text.title);
    await page.getByRole('button', { name: this.text.deleteStart, exact: true }).click();
    await page.getByLabel(this.text.deleteConfirmLabel, { exact: true }).fill(this.text.deleteWord);
    await page.getByRole('button', { name: this.text.deleteConfirm, exact: true }).click();
    // Local mode closes the database, removes its directory and creates it anew (ADR 0025): on a
    // busy machine that takes longer than a click's usual wait; in the standalone build the new
    // database is a cold PGlite in the browser, longer still.
    await page.waitForURL(/#\/start$/, { timeout });
  }
}
