import { EXPENSE_LABELS, type ExpenseCategory } from '@shangan/core';
import { type AppPage, textOf } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The budget screen's texts the model uses (packages/web/src/screens/budget/messages.ts). */
interface BudgetTexts {
  title: string;
  incomeName: (row: number) => string;
  incomeMonthly: (row: number) => string;
  addIncome: string;
  perMonth: (label: string) => string;
  dependents: string;
  lumpSum: string;
  safetyMargin: string;
  save: string;
  saved: string;
}

export const budgetTexts = await loadCatalog<BudgetTexts>('screens/budget/messages.ts', 'budgetMessages');

/** A household budget as typed into the form (yuan as text; blank fields are left alone). */
export interface BudgetEntry {
  incomes: readonly { name: string; monthly: string }[];
  expenses: Partial<Record<ExpenseCategory, string>>;
  dependents?: string;
  lumpSum?: string;
  safetyMargin?: string;
}

/** `#/budget`: income, essential costs, dependants, lump sum; the capacity is computed as you type. */
export class BudgetPage {
  constructor(readonly app: AppPage) {}

  get text(): BudgetTexts {
    return budgetTexts[this.app.locale];
  }

  private field(label: string) {
    return this.app.page.getByLabel(label, { exact: true });
  }

  async waitForScreen(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
  }

  /** Fills the form (a case without a budget starts with one empty income row) and saves it. */
  async enter(budget: BudgetEntry): Promise<void> {
    for (const [index, income] of budget.incomes.entries()) {
      const row = index + 1;
      if (index > 0)
        await this.app.page.getByRole('button', { name: this.text.addIncome, exact: true }).click();
      await this.field(this.text.incomeName(row)).fill(income.name);
      await this.field(this.text.incomeMonthly(row)).fill(income.monthly);
    }
    for (const [category, amount] of Object.entries(budget.expenses) as [ExpenseCategory, string][]) {
      await this.field(this.text.perMonth(EXPENSE_LABELS[this.app.locale][category])).fill(amount);
    }
    if (budget.dependents !== undefined) await this.field(this.text.dependents).fill(budget.dependents);
    if (budget.lumpSum !== undefined) await this.field(this.text.lumpSum).fill(budget.lumpSum);
    if (budget.safetyMargin !== undefined) await this.field(this.text.safetyMargin).fill(budget.safetyMargin);
    await this.app.page.getByRole('button', { name: this.text.save, exact: true }).click();
    await this.app.page.getByRole('status').filter({ hasText: this.text.saved }).waitFor();
  }

  /** "每月最多可用于还全部债务", as shown. */
  async monthlyCapacity(): Promise<string> {
    return textOf(this.app.page.locator('[data-figure="monthly-capacity"]'));
  }
}
