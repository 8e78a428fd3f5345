import { type CaseReportJson, type Lang, yuan } from '@shangan/core';
import type { BarRow } from '../../ui/bar-chart';
import { showYuan } from '../../ui/format';

type DebtJson = CaseReportJson['debts'][number];

/** The debts whose lender has stated a claim: only they can be set against what a court supports. */
export function claimedDebts(debts: readonly DebtJson[]): (DebtJson & { legal: { claimed: string } })[] {
  return debts.filter(
    (debt): debt is DebtJson & { legal: { claimed: string } } => debt.legal.claimed !== null,
  );
}

/** One chart row per claimed debt: what the lender claims, then what a court would likely support. */
export function claimRows(debts: readonly DebtJson[], lang: Lang): BarRow[] {
  return claimedDebts(debts).map((debt) => ({
    key: debt.id,
    label: debt.lender,
    values: [yuan(debt.legal.claimed), yuan(debt.legal.supported ?? '0')],
    valueLabels: [showYuan(debt.legal.claimed, lang), showYuan(debt.legal.supported, lang)],
  }));
}

/** The claimed debt with the largest excess (the chart summary names it), or undefined if none exceeds. */
export function largestExcess(debts: readonly DebtJson[]): DebtJson | undefined {
  let largest: DebtJson | undefined;
  for (const debt of claimedDebts(debts)) {
    const excess = yuan(debt.legal.excess ?? '0');
    if (excess > 0 && (largest === undefined || excess > yuan(largest.legal.excess ?? '0'))) largest = debt;
  }
  return largest;
}
