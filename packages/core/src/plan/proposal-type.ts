import type { LenderType } from '../law/lender-type.js';
import type { PlanRoute } from './plan-debt.js';
import { MAX_PLAN_MONTHS, type ProposalType } from './plan-types.js';

/**
 * The longest instalment plan a lender usually grants. Card issuers may agree up to 60 periods
 * (信用卡业务监督管理办法 第70条, 5 years, secondary source; the bank "may", it is not a right).
 * For other lenders the seeds' authors rarely saw more than 36 periods agreed — experience, not
 * law: a longer plan is asked for as a hardship request.
 */
export function usualMaxPeriods(lenderType: LenderType): number {
  return lenderType === 'credit_card' ? MAX_PLAN_MONTHS : 36;
}

/** Extension (展期) covers a short gap: the debt is cleared within this many monthly payments. */
const EXTENSION_MAX_PERIODS = 3;

export function chooseProposalType(input: {
  target: number;
  periods: number;
  settled: boolean;
  lenderType: LenderType;
  route: PlanRoute;
}): ProposalType {
  if (input.route === 'limitation_defence') return 'limitation_defence';
  if (input.route === 'unlicensed') return 'unlicensed_report';
  if (input.target === 0) return 'nothing_due';
  if (input.settled) return 'settlement';
  if (input.periods <= 1) return 'penalty_waiver';
  if (input.periods <= EXTENSION_MAX_PERIODS) return 'extension';
  if (input.periods <= usualMaxPeriods(input.lenderType)) return 'instalments';
  return 'hardship';
}
