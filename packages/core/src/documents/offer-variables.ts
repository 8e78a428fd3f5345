import type { CaseAnalysis } from '../analysis/analyze-case.js';
import { renderFigureReason } from '../i18n/figure-reasons.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { describeInstalments, instalmentShape } from '../i18n/instalment-description.js';
import { PROPOSAL_TYPE_LABELS, STRATEGY_LABELS } from '../i18n/plan-labels.js';
import { type Fen, fen } from '../money/fen.js';
import type { CasePlan } from '../plan/plan-case.js';
import type { ProposalType, StrategyName } from '../plan/plan-types.js';
import type { DocumentVariables } from './document-variables.js';

/** Unknown values become a line to fill in by hand, never "undefined". */
export const BLANK = '________';

/**
 * Proposals that put nothing to the lender: limitation may have run (raise it, pay nothing), the
 * lender is unlicensed (report it), or nothing a court would support is left. A letter shows no
 * offer for them rather than "还款总额 0.00 元".
 */
const NO_OFFER: ReadonlySet<ProposalType> = new Set([
  'limitation_defence',
  'unlicensed_report',
  'nothing_due',
]);

export interface OfferContext {
  analysis: CaseAnalysis;
  plan: CasePlan;
  debtId: string;
  strategy?: StrategyName | undefined;
}

/**
 * The offer to this creditor from the chosen strategy (pro_rata by default) and its schedule. The
 * plan keeps every target and ceiling at or below what a court would likely support, so no figure
 * here asks the person to pay more than that.
 */
export function offerVariables(
  context: OfferContext,
): Pick<DocumentVariables, 'hasOffer' | 'offer' | 'schedule'> {
  const { plan, debtId } = context;
  const name = context.strategy ?? 'pro_rata';
  const strategy = plan.strategies.find((s) => s.name === name && s.feasible);
  const found = strategy?.proposals.find((p) => p.debtId === debtId);
  const proposal = found && !NO_OFFER.has(found.type) ? found : undefined;
  const claimed = context.analysis.debts.find((debt) => debt.id === debtId)?.legal.claimed ?? null;
  const m = (amount: Fen) => formatMoney(amount, 'zh');
  const d = (day: Parameters<typeof formatDate>[0] | null) => (day ? formatDate(day, 'zh') : BLANK);
  const schedule = proposal
    ? (strategy?.schedule ?? []).flatMap((month) =>
        month.payments
          .filter((payment) => payment.debtId === debtId)
          .map((payment) => ({ date: d(month.date), amount: m(payment.amount) })),
      )
    : [];
  return {
    hasOffer: proposal !== undefined,
    offer: {
      strategyLabel: STRATEGY_LABELS.zh[name],
      typeLabel: proposal ? PROPOSAL_TYPE_LABELS.zh[proposal.type] : BLANK,
      isSettlement: proposal?.type === 'settlement',
      isInstalments: proposal?.type === 'instalments',
      isExtension: proposal?.type === 'extension',
      isPenaltyWaiver: proposal?.type === 'penalty_waiver',
      isHardship: proposal?.type === 'hardship',
      opening: proposal ? m(proposal.opening) : BLANK,
      target: proposal ? m(proposal.target) : BLANK,
      ceiling: proposal ? m(proposal.ceiling) : BLANK,
      waived: proposal && claimed !== null ? m(fen(Math.max(0, claimed - proposal.target))) : BLANK,
      periods: proposal ? String(proposal.periods) : BLANK,
      monthly: proposal ? m(proposal.monthly) : BLANK,
      payments: proposal && strategy ? describeInstalments(instalmentShape(strategy, proposal), 'zh') : BLANK,
      firstDate: d(proposal?.firstDate ?? null),
      lastDate: d(proposal?.lastDate ?? null),
      openingWhy: proposal ? renderFigureReason(proposal.rationale.opening, 'zh') : BLANK,
      targetWhy: proposal ? renderFigureReason(proposal.rationale.target, 'zh') : BLANK,
      ceilingWhy: proposal ? renderFigureReason(proposal.rationale.ceiling, 'zh') : BLANK,
    },
    schedule: schedule.map((row, position) => ({ index: String(position + 1), ...row })),
  };
}
