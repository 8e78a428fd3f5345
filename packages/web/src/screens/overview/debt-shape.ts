import { earliestDate } from '../intake/card-opening-date';
import type { EnteredDebt } from './debt-json';

/**
 * How the overview names a debt's principal and start: a loan has a contract (合同本金, 合同日期);
 * a revolving card its principal (透支本金) and opening date (开卡日期), which starts neither interest
 * nor limitation; a card on a plan its plan (分期本金, 分期开始日).
 */
export type DebtShape = 'loan' | 'revolving_card' | 'card_plan';

export function debtShape(entered: EnteredDebt | undefined): DebtShape {
  if (entered?.lenderType !== 'credit_card') return 'loan';
  return entered.terms === undefined && entered.schedule === undefined ? 'revolving_card' : 'card_plan';
}

/**
 * The start date worth showing: a revolving card's opening date only when the person gave it, not
 * the stand-in the intake uses when it is not known (card-opening-date.ts).
 */
export function shownStartDate(entered: EnteredDebt | undefined): string | undefined {
  if (entered === undefined) return undefined;
  if (debtShape(entered) !== 'revolving_card') return entered.contractDate;
  const standIn = earliestDate({ ...entered, contractDate: undefined } as Record<string, unknown>);
  return entered.contractDate === standIn ? undefined : entered.contractDate;
}
