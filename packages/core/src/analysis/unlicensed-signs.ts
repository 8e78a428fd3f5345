import type { Debt } from '../case/case-schema.js';
import { daysBetween } from '../dates/date-arithmetic.js';
import type { UnlicensedSign } from '../findings/finding.js';
import type { ContractCashFlows } from './contract-cash-flows.js';

/** 714高炮: loans of 7 or 14 days. */
const SHORT_TERM_DAYS = 14;
/** A fifth of the principal or more kept back at payout is far beyond any licensed lender's fees. */
const LARGE_DEDUCTION_SHARE = 0.2;

/**
 * Only where the person could not name a licence: banks, consumer-finance companies and card issuers
 * are recognisable and do not lend this way; a loan between persons has its own rules.
 */
const DETECTABLE: ReadonlySet<Debt['lenderType']> = new Set(['unknown', 'microloan', 'other_licensed']);

export interface UnlicensedView {
  declared: boolean;
  signs: UnlicensedSign[];
}

/**
 * Whether the debt is to be treated as from an unlicensed lender: the person said so, or the loan
 * has the 714 pattern — a term of at most 14 days and a fifth or more deducted upfront. One sign
 * alone is not enough: licensed lenders do make short loans, and some deduct fees.
 */
export function unlicensedView(debt: Debt, flows: ContractCashFlows | null): UnlicensedView | null {
  if (debt.lenderType === 'unlicensed') return { declared: true, signs: ['declared'] };
  if (!DETECTABLE.has(debt.lenderType) || !flows) return null;
  const lastDue = flows.due.at(-1)?.date;
  const signs: UnlicensedSign[] = [];
  if (lastDue && daysBetween(debt.contractDate, lastDue) <= SHORT_TERM_DAYS) signs.push('short_term');
  if (debt.principal - flows.received >= debt.principal * LARGE_DEDUCTION_SHARE)
    signs.push('large_deduction');
  return signs.length === 2 ? { declared: false, signs } : null;
}
