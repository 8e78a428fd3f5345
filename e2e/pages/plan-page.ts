import type { Locator } from 'playwright-core';
import { type AppPage, textOf } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The plan screen's texts the model uses (packages/web/src/screens/plan/messages.ts). */
interface PlanTexts {
  title: string;
  strategiesHeading: string;
  monthlyLabel: string;
  priorityHeading: string;
  orderHeading: string;
  moveUp: (lender: string) => string;
  moveDown: (lender: string) => string;
  orderMoved: (lender: string, place: number, count: number) => string;
  orderSave: string;
  orderSaved: string;
  chooseStrategy: string;
}

export const planTexts = await loadCatalog<PlanTexts>('screens/plan/messages.ts', 'planMessages');

/** A strategy card's two key figures, as shown. */
export interface StrategyFigures {
  months: string;
  totalPaid: string;
}

/**
 * `#/plan`: the priority debts, the what-if sliders, five strategy cards, the custom order, the
 * offers per creditor.
 */
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

  /** "优先债务（先付，全额）": the budget's priority debts, before any strategy. */
  prioritySection(): Locator {
    return this.app.page.getByRole('region', { name: this.text.priorityHeading, exact: true });
  }

  /** "按你定的顺序还": the custom strategy's creditor order, one list item per debt. */
  orderSection(): Locator {
    return this.app.page.getByRole('region', { name: this.text.orderHeading, exact: true });
  }

  /** The lenders in the order shown, first paid first. */
  async orderShown(): Promise<string[]> {
    const names = this.orderSection().getByRole('listitem').locator('.plan-order-name');
    return (await names.allTextContents()).map((name) => name.trim());
  }

  /** Moves a lender up or down one place with the keyboard: focus its button, press Enter. */
  async moveWithKeyboard(lender: string, direction: 'up' | 'down'): Promise<void> {
    const name = direction === 'up' ? this.text.moveUp(lender) : this.text.moveDown(lender);
    await this.orderSection().getByRole('button', { name, exact: true }).focus();
    await this.app.page.keyboard.press('Enter');
  }

  /** The accessible name of what has the focus now. */
  async focusedName(): Promise<string> {
    return this.app.page.evaluate(() => {
      const active = (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(n: string): string | null } | null };
        }
      ).document.activeElement;
      return active?.getAttribute('aria-label') ?? '';
    });
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
