import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import { planCase } from '../plan/plan-case.js';
import type { Proposal, StrategyName } from '../plan/plan-types.js';
import { type AgreementProgress, agreementProgress } from './agreement-progress.js';
import { type BalancePoint, balanceOverTime } from './balance-over-time.js';

/**
 * settled — the agreement is paid in full; on_track — an agreement with no instalment missed or
 * paid late; behind — one missed or paid late (a second default usually ends the agreement and
 * revives the original debt with its penalties); no_agreement — still to negotiate, the plan's
 * target is what remains; not_to_pay — the plan pays nothing (limitation may have run, an
 * unlicensed lender to report, or nothing a court would likely support is left).
 */
export type DebtProgressState = 'settled' | 'on_track' | 'behind' | 'no_agreement' | 'not_to_pay';

export interface DebtProgress {
  debtId: string;
  lender: string;
  state: DebtProgressState;
  /** Every payment recorded on the debt up to the analysis date, before the agreement too. */
  paidSoFar: Fen;
  agreement: AgreementProgress | null;
  /** What is still to pay: the agreement's remainder, or the plan's target (null when no plan fits). */
  remaining: Fen | null;
  nextDue: { date: CalendarDate; amount: Fen } | null;
  /** The last payment the agreement or the plan foresees; null when settled or no plan fits. */
  finishOn: CalendarDate | null;
}

export interface CaseProgress {
  asOf: CalendarDate;
  strategy: StrategyName;
  /** The plan fits within 60 months; otherwise no remaining figure or date for unagreed debts. */
  feasible: boolean;
  debts: DebtProgress[];
  paidSoFar: Fen;
  remaining: Fen | null;
  /** The day of the last payment of the whole case; null when no plan fits or nothing is left. */
  debtFreeOn: CalendarDate | null;
  /** The agreed debts' balance over time, as agreed and as paid (empty without an agreement). */
  balance: BalancePoint[];
}

const NOT_PAID_ROUTES = new Set<Proposal['type']>(['limitation_defence', 'unlicensed_report', 'nothing_due']);

/**
 * Where each debt stands on the analysis date: the agreements read against the payments, the other
 * debts against the plan (which keeps the agreements' remaining instalments as fixed commitments).
 */
export function caseProgress(
  caseFile: CaseFile,
  analysis: CaseAnalysis,
  strategy: StrategyName = 'pro_rata',
): CaseProgress {
  const plan = planCase(caseFile, analysis, { strategies: [strategy] }).strategies[0];
  const feasible = plan?.feasible ?? false;
  const debts = caseFile.debts.map((debt): DebtProgress => {
    const paidSoFar = sumFen(debt.payments.filter((p) => p.date <= analysis.asOf).map((p) => p.amount));
    const proposal = feasible ? plan?.proposals.find((p) => p.debtId === debt.id) : undefined;
    const base = { debtId: debt.id, lender: debt.lender, paidSoFar };
    if (debt.agreement) {
      const agreement = agreementProgress(debt.agreement, debt.payments, analysis.asOf);
      const state: DebtProgressState = agreement.settled
        ? 'settled'
        : agreement.defaults > 0
          ? 'behind'
          : 'on_track';
      return {
        ...base,
        state,
        agreement,
        remaining: agreement.remaining,
        nextDue: agreement.nextDue && { date: agreement.nextDue.dueOn, amount: agreement.nextDue.amount },
        finishOn: agreement.settled ? null : agreement.lastDueOn,
      };
    }
    if (proposal && NOT_PAID_ROUTES.has(proposal.type)) {
      return {
        ...base,
        state: 'not_to_pay',
        agreement: null,
        remaining: fen(0),
        nextDue: null,
        finishOn: null,
      };
    }
    const firstPayment = plan?.schedule
      .map((month) => ({ date: month.date, payment: month.payments.find((p) => p.debtId === debt.id) }))
      .find((month) => month.payment !== undefined);
    return {
      ...base,
      state: 'no_agreement',
      agreement: null,
      remaining: proposal ? proposal.target : null,
      nextDue: firstPayment?.payment
        ? { date: firstPayment.date, amount: firstPayment.payment.amount }
        : null,
      finishOn: proposal?.lastDate ?? null,
    };
  });
  const remainders = debts.map((debt) => debt.remaining);
  const finishes = debts.map((debt) => debt.finishOn).filter((day): day is CalendarDate => day !== null);
  const complete = remainders.every((amount) => amount !== null);
  return {
    asOf: analysis.asOf,
    strategy,
    feasible,
    debts,
    paidSoFar: sumFen(debts.map((debt) => debt.paidSoFar)),
    remaining: complete ? sumFen(remainders as Fen[]) : null,
    debtFreeOn: complete && finishes.length > 0 ? (finishes.sort().at(-1) ?? null) : null,
    balance: balanceOverTime(caseFile.debts, analysis.asOf),
  };
}
