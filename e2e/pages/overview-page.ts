import type { Locator } from 'playwright-core';
import { type AppPage, textOf } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The overview's texts the model uses (packages/web/src/screens/overview/messages.ts). */
interface OverviewTexts {
  title: string;
  debtsTitle: string;
  notEntered: string;
  nextPlan: string;
  lprStaleLink: string;
}

export const overviewTexts = await loadCatalog<OverviewTexts>(
  'screens/overview/messages.ts',
  'overviewMessages',
);

/** The figures of one debt card, exactly as shown (`data-figure` of rate-facts and amount-facts). */
export interface DebtFigures {
  aprSimple: string;
  aprCompound: string;
  supported: string;
  claimed: string;
}

/** `#/overview`: one card per debt with its true rates, the cap and what a court would likely support. */
export class OverviewPage {
  constructor(readonly app: AppPage) {}

  get text(): OverviewTexts {
    return overviewTexts[this.app.locale];
  }

  /** Waits until the analysis is drawn: the heading over the debt cards is there. */
  async waitForDebts(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
    await this.app.page.getByRole('heading', { level: 2, name: this.text.debtsTitle, exact: true }).waitFor();
  }

  /** Each debt is an `<article>` named by its lender. */
  debtCards(): Locator {
    return this.app.page
      .getByRole('region', { name: this.text.debtsTitle, exact: true })
      .getByRole('article');
  }

  debtCard(lender: string): Locator {
    return this.app.page.getByRole('article', { name: lender, exact: true });
  }

  async figures(lender: string): Promise<DebtFigures> {
    const card = this.debtCard(lender);
    const figure = async (name: string) => textOf(card.locator(`[data-figure="${name}"]`));
    return {
      aprSimple: await figure('apr-simple'),
      aprCompound: await figure('apr-compound'),
      supported: await figure('supported'),
      claimed: await figure('claimed'),
    };
  }

  /** The cap a court would likely apply to the debt, as shown ("12.00%"). */
  async capRate(lender: string): Promise<string> {
    return textOf(this.debtCard(lender).locator('[data-figure="cap-rate"]'));
  }

  /** From the notice that the LPR table may be out of date to the screen that adds a quotation. */
  async toLprFromNotice(): Promise<void> {
    await this.app.page.getByRole('link', { name: this.text.lprStaleLink, exact: true }).click();
    await this.app.page.waitForURL(/#\/lpr$/);
  }

  /** "看还款方案". */
  async toPlan(): Promise<void> {
    await this.app.page.getByRole('link', { name: this.text.nextPlan, exact: true }).click();
    await this.app.page.waitForURL(/#\/plan$/);
  }
}
