import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { type Affordability, assessAffordability } from '../household/assess-affordability.js';
import { buildTriage } from '../triage/build-triage.js';
import type { TriageItem } from '../triage/triage-item.js';
import { agreementCommitments } from './agreement-commitments.js';
import { type Alternative, listAlternatives } from './alternatives.js';
import type { Commitment } from './commitment.js';
import { toPlanDebt } from './plan-debt.js';
import { planStrategy } from './plan-strategy.js';
import { STRATEGIES, type StrategyName, type StrategyPlan } from './plan-types.js';

export interface CasePlan {
  asOf: CalendarDate;
  capacity: Affordability;
  triage: TriageItem[];
  strategies: StrategyPlan[];
  alternatives: Alternative[];
}

export interface PlanOptions {
  strategies?: readonly StrategyName[];
  /**
   * The first monthly payment. By default one month after the analysis date: the time it takes to
   * make the calls and get the agreements in writing.
   */
  firstDate?: CalendarDate;
  /** Monthly capacity and lump sum instead of the budget's (the web app's what-if sliders). */
  capacityOverride?: { monthly?: Affordability['monthly']; lumpSum?: Affordability['lumpSum'] };
  /**
   * Debts paid on fixed dates; the strategies share the rest. By default the case file's signed
   * agreements (what they still ask for); weighing an offer passes them plus the offer.
   */
  commitments?: readonly Commitment[];
}

/** Affordability, triage, and each strategy's plan for a case and its analysis. */
export function planCase(caseFile: CaseFile, analysis: CaseAnalysis, options: PlanOptions = {}): CasePlan {
  const assessed = assessAffordability(caseFile.budget);
  const capacity: Affordability = {
    ...assessed,
    monthly: options.capacityOverride?.monthly ?? assessed.monthly,
    lumpSum: options.capacityOverride?.lumpSum ?? assessed.lumpSum,
  };
  const debts = analysis.debts.map(toPlanDebt);
  const firstDate = options.firstDate ?? addMonths(analysis.asOf, 1);
  const strategies = (options.strategies ?? STRATEGIES).map((name) =>
    planStrategy(name, {
      debts,
      capacity: capacity.monthly,
      lumpSum: capacity.lumpSum,
      firstDate,
      commitments: options.commitments ?? agreementCommitments(caseFile, analysis.asOf),
      order: caseFile.plan?.order ?? [],
    }),
  );
  return {
    asOf: analysis.asOf,
    capacity,
    triage: buildTriage(caseFile, analysis),
    strategies,
    alternatives: listAlternatives(caseFile, strategies),
  };
}
