import type { Locator } from 'playwright-core';
import { type AppPage, textOf } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The plan screen's texts the model uses (packages/web/src/screens/plan/messages.ts). */
interface PlanTexts {
  title: string;
  strategiesHeading: string;
  monthlyLabel: string;
}

export const planTexts = await loadCatalog<PlanTexts>('screens/plan/messages.ts', 'planMessages');

/** A strategy card's two key figures, as shown. */
export interface StrategyFigures {
  months: string;
  totalPaid: string;
}

/** `#/plan`: four strategy cards, the what-if sliders, the offers per creditor. */
export class PlanPage {
  constructor(readonly app: AppPage) {}

  get text(): PlanTexts {
    return planTexts[this.app.locale];
  }

  /** Waits until the plan is drawn (the strategies' heading follows the plan's arrival). */
  async waitForPlan(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
    await this.strategies().waitFor();
  }

  strategies(): Locator {
    return this.app.page.getByRole('region', { name: this.text.strategiesHeading, exact: true });
  }

  /** Each strategy is an `<article>` named by the strategy's label ("按比例分配" …). */
  strategyCards(): Locator {
    return this.strategies().getByRole('article');
  }

  strategyCard(label: string): Locator {
    return this.strategies().getByRole('article', { name: label, exact: true });
  }

  async strategyFigures(label: string): Promise<StrategyFigures> {
    const card = this.strategyCard(label);
    return {
      months: await textOf(card.locator('[data-figure="months"]')),
      totalPaid: await textOf(card.locator('[data-figure="total-paid"]')),
    };
  }

  /** "每月可用于还款": a range input in whole yuan. */
  monthlySlider(): Locator {
    return this.app.page.getByRole('slider', { name: this.text.monthlyLabel, exact: true });
  }

  /** The amount beside the monthly slider, as shown. */
  async monthlyShown(): Promise<string> {
    return textOf(this.app.page.locator('[data-figure="what-if-monthly"]'));
  }

  /**
   * Moves the monthly slider by `steps` with the arrow keys, as a keyboard user would, and
   * resolves to its new value in yuan (the slider's own value, e.g. "3100").
   */
  async nudgeMonthly(steps: number): Promise<string> {
    const slider = this.monthlySlider();
    await slider.focus();
    for (let step = 0; step < Math.abs(steps); step++) {
      await slider.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    return slider.inputValue();
  }
}
