import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { type Fen, fen } from '../money/fen.js';
import { agreementCommitments } from '../plan/agreement-commitments.js';
import type { Commitment } from '../plan/commitment.js';
import { type CasePlan, type PlanOptions, planCase } from '../plan/plan-case.js';
import type { Proposal, StrategyPlan } from '../plan/plan-types.js';
import { checklistGaps, type OfferChecklistItem } from './checklist-gaps.js';
import { type OfferTerms, offerInstalments } from './offer-instalments.js';

export type OfferVerdict = 'accept' | 'counter' | 'refuse';

/** Why the verdict is what it is, most important first; rendered at the edge. */
export type OfferReason =
  | { code: 'unlicensed_lender' }
  | { code: 'limitation_may_have_run' }
  | { code: 'fits_budget'; monthlyLeft: Fen }
  | { code: 'does_not_fit' }
  | { code: 'within_ceiling'; ceiling: Fen }
  | { code: 'above_ceiling'; ceiling: Fen; over: Fen }
  | { code: 'above_supported'; supported: Fen; over: Fen }
  | { code: 'no_plan_fits' };

export interface CounterOffer {
  total: Fen;
  periods: number;
  monthly: Fen;
  firstDue: CalendarDate;
}

export interface OfferWeighing {
  debtId: string;
  verdict: OfferVerdict;
  offer: OfferTerms & { monthly: Fen };
  /** Together with every other debt, within the monthly capacity (and the lump sum in month 1). */
  fitsBudget: boolean;
  /** The capacity left each month for the other debts while this offer's regular payment runs. */
  monthlyAfterOtherDebts: Fen;
  /** The offer's total minus each reference figure (negative: the offer is below it). */
  vsSupported: number;
  vsTarget: number | null;
  vsCeiling: number;
  /** Accepting would acknowledge a debt that may be time-barred and give up the defence. */
  limitationRisk: boolean;
  unlicensed: boolean;
  checklistGaps: OfferChecklistItem[];
  counter: CounterOffer | null;
  reasons: OfferReason[];
}

export interface OfferRequest extends Partial<Omit<OfferTerms, 'total'>> {
  debtId: string;
  total: Fen;
  conditions?: string;
  waived?: Fen;
}

const STRATEGY = 'pro_rata';

/**
 * Weighs an offer for one debt against the budget, the other debts and the law: the other debts are
 * re-planned with this one fixed at the offer's instalments, so "fits the budget" means together
 * with everything else. An offer is accepted only when it fits and is within the ceiling (never
 * above what a court would likely support); otherwise a counter-offer that does both, when one
 * exists. An unlicensed lender or a possibly time-barred debt is refused first.
 */
export function weighOffer(caseFile: CaseFile, analysis: CaseAnalysis, request: OfferRequest): OfferWeighing {
  const index = analysis.debts.findIndex((debt) => debt.id === request.debtId);
  const debt = analysis.debts[index];
  if (!debt) throw new RangeError(`no debt ${request.debtId}`);
  const base = planCase(caseFile, analysis, { strategies: [STRATEGY] });
  const firstDate = firstPlanDate(analysis);
  const terms: OfferTerms = {
    total: request.total,
    down: request.down ?? fen(0),
    periods: request.periods ?? 1,
    firstDue: request.firstDue ?? firstDate,
  };
  const instalments = offerInstalments(terms);
  const regular = instalments.at(-1)?.amount ?? fen(0);
  const withOffer = strategyWith(caseFile, analysis, { debtId: debt.id, instalments });
  const fitsBudget = withOffer?.feasible === true;
  const baseline = proposalOf(base, debt.id);
  const supported = debt.legal.supported;
  const ceiling = baseline ? baseline.ceiling : supported;
  const limitationRisk = debt.legal.limitation.state === 'possibly_expired';
  const unlicensed = debt.unlicensed !== null;
  const reasons: OfferReason[] = [];
  if (unlicensed) reasons.push({ code: 'unlicensed_lender' });
  if (limitationRisk) reasons.push({ code: 'limitation_may_have_run' });
  reasons.push(
    fitsBudget
      ? { code: 'fits_budget', monthlyLeft: fen(Math.max(0, base.capacity.monthly - regular)) }
      : { code: 'does_not_fit' },
  );
  reasons.push(
    terms.total <= ceiling
      ? { code: 'within_ceiling', ceiling }
      : { code: 'above_ceiling', ceiling, over: fen(terms.total - ceiling) },
  );
  if (terms.total > supported)
    reasons.push({ code: 'above_supported', supported, over: fen(terms.total - supported) });
  const acceptable = fitsBudget && terms.total <= ceiling;
  const counter =
    unlicensed || limitationRisk || acceptable
      ? null
      : counterOffer(caseFile, analysis, debt.id, terms, ceiling, baseline);
  if (!unlicensed && !limitationRisk && !acceptable && counter === null)
    reasons.push({ code: 'no_plan_fits' });
  return {
    debtId: debt.id,
    verdict: unlicensed || limitationRisk ? 'refuse' : acceptable ? 'accept' : counter ? 'counter' : 'refuse',
    offer: { ...terms, monthly: regular },
    fitsBudget,
    monthlyAfterOtherDebts: fen(Math.max(0, base.capacity.monthly - regular)),
    vsSupported: terms.total - supported,
    vsTarget: baseline ? terms.total - baseline.target : null,
    vsCeiling: terms.total - ceiling,
    limitationRisk,
    unlicensed,
    checklistGaps: checklistGaps({
      ...(request.conditions === undefined ? {} : { conditions: request.conditions }),
      ...(request.waived === undefined ? {} : { waived: request.waived }),
    }),
    counter,
    reasons,
  };
}

/**
 * A counter-offer within the ceiling that fits with the other debts: the offer's own total (or the
 * ceiling, if lower) over the offer's number of payments, or over as many as the plan needs; else
 * exactly what the plan pays this creditor, which fits by construction.
 */
function counterOffer(
  caseFile: CaseFile,
  analysis: CaseAnalysis,
  debtId: string,
  terms: OfferTerms,
  ceiling: Fen,
  baseline: Proposal | null,
): CounterOffer | null {
  if (!baseline || baseline.target === 0 || baseline.firstDate === null) return null;
  const total = fen(Math.min(terms.total, ceiling));
  // The lender's own number of payments if it fits, else as many as the plan needs.
  for (const periods of new Set([terms.periods, Math.max(terms.periods, baseline.periods)])) {
    const candidate: OfferTerms = { total, down: fen(0), periods, firstDue: baseline.firstDate };
    const rows = offerInstalments(candidate);
    if (strategyWith(caseFile, analysis, { debtId, instalments: rows })?.feasible) {
      return { total, periods, monthly: rows.at(-1)?.amount ?? fen(0), firstDue: candidate.firstDue };
    }
  }
  return {
    total: baseline.target,
    periods: baseline.periods,
    monthly: baseline.monthly,
    firstDue: baseline.firstDate,
  };
}

function strategyWith(
  caseFile: CaseFile,
  analysis: CaseAnalysis,
  commitment: Commitment,
): StrategyPlan | null {
  // The other debts' signed agreements stay fixed; this debt's offer takes the place of its own.
  const agreed = agreementCommitments(caseFile, analysis.asOf).filter((c) => c.debtId !== commitment.debtId);
  const options: PlanOptions = { strategies: [STRATEGY], commitments: [...agreed, commitment] };
  return planCase(caseFile, analysis, options).strategies[0] ?? null;
}

function proposalOf(plan: CasePlan, debtId: string): Proposal | null {
  const strategy = plan.strategies[0];
  return (strategy?.feasible && strategy.proposals.find((p) => p.debtId === debtId)) || null;
}

/** The plan's first payment: a month after the analysis date (as planCase's default). */
function firstPlanDate(analysis: CaseAnalysis): CalendarDate {
  return addMonths(analysis.asOf, 1);
}
