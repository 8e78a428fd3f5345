import type { Fen } from '../money/fen.js';
import type { Proposal, StrategyPlan } from '../plan/plan-types.js';
import { formatMoney, type Lang } from './format.js';

export interface InstalmentShape {
  /** Number of monthly payments. */
  periods: number;
  /** The first payment: larger when a lump sum goes in with it. */
  first: Fen;
  /** The regular monthly payment after it. */
  regular: Fen;
}

/**
 * How an offer's payments read (none for a limitation defence or an unlicensed lender). A short plan whose first payment carries a lump sum must say so:
 * "分2期，每期约81.65元" for 1,440.00 + 81.65 would describe a tenth of the offer. So: one payment;
 * equal payments; or "首期X元，之后每月约Y元，共N期" when the first differs from the regular one.
 */
export function describeInstalments(shape: InstalmentShape, lang: Lang): string {
  const m = (amount: Fen) => formatMoney(amount, lang);
  const { periods, first, regular } = shape;
  if (periods === 0) return lang === 'zh' ? '不安排还款' : 'no payments';
  if (periods === 1) return lang === 'zh' ? `一次性支付 ${m(first)}` : `one payment of ${m(first)}`;
  if (first === regular) {
    return lang === 'zh'
      ? `分 ${periods} 期，每期约 ${m(regular)}`
      : `${periods} monthly payments of about ${m(regular)}`;
  }
  return lang === 'zh'
    ? `首期 ${m(first)}，之后每月约 ${m(regular)}，共 ${periods} 期`
    : `a first payment of ${m(first)}, then about ${m(regular)} a month, ${periods} payments in all`;
}

/** A proposal's payments as its strategy schedules them: the first one (it may carry a lump sum), then the regular one. */
export function instalmentShape(strategy: StrategyPlan, proposal: Proposal): InstalmentShape {
  const first = strategy.schedule
    .flatMap((month) => month.payments)
    .find((payment) => payment.debtId === proposal.debtId)?.amount;
  return { periods: proposal.periods, first: first ?? proposal.monthly, regular: proposal.monthly };
}
