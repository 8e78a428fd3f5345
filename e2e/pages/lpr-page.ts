import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The LPR screen's texts the model uses (packages/web/src/screens/lpr/messages.ts). */
interface LprTexts {
  title: string;
  date: string;
  oneYear: string;
  fiveYear: string;
  source: string;
  add: string;
  ownTitle: string;
  ownNone: string;
  added: (date: string) => string;
  ownItem: (date: string, oneYear: string, fiveYear: string) => string;
  toOverview: string;
}

export const lprTexts = await loadCatalog<LprTexts>('screens/lpr/messages.ts', 'lprMessages');

/** One quotation as typed into the form. */
export interface TypedQuotation {
  date: string;
  lpr1y: string;
  lpr5y: string;
  source?: string;
}

/** `#/lpr`: the built-in table's newest quotation, the person's own, and the form to add one. */
export class LprPage {
  constructor(readonly app: AppPage) {}

  get text(): LprTexts {
    return lprTexts[this.app.locale];
  }

  async waitForScreen(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
  }

  /** Waits until the person's own quotations are read and there are none. */
  async waitForNoneOfOwn(): Promise<void> {
    await this.app.page
      .getByRole('region', { name: this.text.ownTitle, exact: true })
      .getByText(this.text.ownNone, { exact: true })
      .waitFor();
  }

  /** Fills the form, adds the quotation and waits for the screen to say it was added. */
  async add(quotation: TypedQuotation): Promise<void> {
    const { page } = this.app;
    await page.getByLabel(this.text.date, { exact: true }).fill(quotation.date);
    await page.getByLabel(this.text.oneYear, { exact: true }).fill(quotation.lpr1y);
    await page.getByLabel(this.text.fiveYear, { exact: true }).fill(quotation.lpr5y);
    if (quotation.source !== undefined) {
      await page.getByLabel(this.text.source, { exact: true }).fill(quotation.source);
    }
    await page.getByRole('button', { name: this.text.add, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: this.text.added(quotation.date) })
      .waitFor();
  }

  /** The person's own quotations, newest first, each a list item. */
  ownItems(): Locator {
    return this.app.page.getByRole('region', { name: this.text.ownTitle, exact: true }).getByRole('listitem');
  }

  async toOverview(): Promise<void> {
    await this.app.page.getByRole('link', { name: this.text.toOverview, exact: true }).click();
    await this.app.page.waitForURL(/#\/overview$/);
  }
}
