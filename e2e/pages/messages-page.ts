import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The paste-messages screen's texts the model uses (packages/web/src/screens/messages/messages.ts). */
interface PasteTexts {
  title: string;
  pasteLabel: string;
  read: string;
  draftTitle: (index: number) => string;
  debtLabel: string;
  save: (count: number) => string;
  saved: (count: number) => string;
  toComplaint: (lender: string) => string;
}

export const pasteTexts = await loadCatalog<PasteTexts>('screens/messages/messages.ts', 'pasteMessages');

/** `#/messages`: paste collection messages, read them, pick each one's debt, log them together. */
export class MessagesPage {
  constructor(readonly app: AppPage) {}

  get text(): PasteTexts {
    return pasteTexts[this.app.locale];
  }

  async waitForScreen(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
  }

  /** Pastes the text and reads it; resolves once the first draft is shown. */
  async paste(text: string): Promise<void> {
    const { page } = this.app;
    await page.getByLabel(this.text.pasteLabel, { exact: true }).fill(text);
    await page.getByRole('button', { name: this.text.read, exact: true }).click();
    await this.draft(0).waitFor();
  }

  /** The card of the draft at `index` (0-based), named by its heading. */
  draft(index: number): Locator {
    return this.app.page.getByRole('listitem', { name: new RegExp(`^${this.text.draftTitle(index + 1)}`) });
  }

  async chooseDebt(index: number, lender: string): Promise<void> {
    await this.draft(index).getByLabel(this.text.debtLabel, { exact: true }).selectOption({ label: lender });
  }

  /** Saves the kept drafts and waits for the confirmation. */
  async save(count: number): Promise<void> {
    await this.app.page.getByRole('button', { name: this.text.save(count), exact: true }).click();
    await this.app.page
      .getByRole('status')
      .filter({ hasText: this.text.saved(count) })
      .waitFor();
  }

  complaintLink(lender: string): Locator {
    return this.app.page.getByRole('link', { name: this.text.toComplaint(lender), exact: true });
  }
}
