import type { CalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';

/**
 * How the money is shared between creditors:
 * pro_rata — in proportion to what a court would likely support (the fair, defensible default);
 * avalanche — highest true rate first; snowball — smallest debt first;
 * settlement_first — the lump sum buys the biggest discounts (one-off settlements) first;
 * custom — the person's own creditor order (the case file's `plan.order`), first paid first.
 */
export const STRATEGIES = ['pro_rata', 'avalanche', 'snowball', 'settlement_first', 'custom'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/**
 * What is asked of each creditor: 展期 extension (a short gap, 2–3 months); 个性化分期 instalments;
 * 减免罚息 penalty waiver (pay what a court would support now, the penalties above it waived);
 * 一次性结清 settlement (a discounted one-off payment); 特殊困难 hardship (more instalments than the
 * lender usually grants); nothing_due (nothing a court would likely support is left to pay);
 * limitation_defence (limitation may have run: raise it in writing, pay nothing); unlicensed_report
 * (report the lender to the police and the local regulator; do not negotiate with it); agreed (an
 * agreement, or the offer being weighed, fixes what is paid and when).
 */
export const PROPOSAL_TYPES = [
  'extension',
  'instalments',
  'penalty_waiver',
  'settlement',
  'hardship',
  'nothing_due',
  'limitation_defence',
  'unlicensed_report',
  'agreed',
] as const;
export type ProposalType = (typeof PROPOSAL_TYPES)[number];

/** No plan runs longer than this: 60 months is the longest instalment term for cards (5 years). */
export const MAX_PLAN_MONTHS = 60;

export interface PlannedPayment {
  debtId: string;
  amount: Fen;
}

export interface PlanMonth {
  /** 1-based month of the plan. */
  month: number;
  /** The payment date of that month. */
  date: CalendarDate;
  /** Only debts paid that month, in the case file's order. */
  payments: PlannedPayment[];
}

/** Why a figure is what it is; rendered to one line of text at the edge. */
export type FigureReason =
  | { code: 'opening_principal'; principalOutstanding: Fen }
  | { code: 'opening_claim'; claimed: Fen; principalOutstanding: Fen }
  | { code: 'opening_settlement_share'; share: number; settlementAmount: Fen }
  | { code: 'target_supported'; supported: Fen }
  | { code: 'target_claimed_lower'; claimed: Fen; supported: Fen }
  | { code: 'target_settlement_principal'; principalOutstanding: Fen; supported: Fen }
  | { code: 'target_nothing_due' }
  | { code: 'target_limitation_defence' }
  | { code: 'target_agreed'; total: Fen }
  | { code: 'target_unlicensed'; supported: Fen }
  | { code: 'ceiling_target'; reason: 'no_claim' | 'claim_at_target' }
  /** The claim is above what a court would likely support: paying more would be a concession, not a ceiling. */
  | { code: 'ceiling_supported'; supported: Fen; claimed: Fen }
  /** lumpAvailable: lump sum not spent on settlements, and not needed to clear the rest in time. */
  | { code: 'ceiling_settlement'; lumpAvailable: Fen; instalmentTarget: Fen };

export interface Proposal {
  debtId: string;
  type: ProposalType;
  /** The first figure to put forward. */
  opening: Fen;
  /** What the plan pays this creditor, in total. */
  target: Fen;
  /**
   * The most to agree to, never above what a court would likely support; above it, the plan no
   * longer works or the person would pay more than the law supports. The ceilings hold together:
   * agreeing to every creditor's ceiling still clears all debts within 60 months.
   */
  ceiling: Fen;
  /** Number of monthly payments in the plan. */
  periods: number;
  /** The regular monthly payment (the first month without any lump-sum share). */
  monthly: Fen;
  firstDate: CalendarDate | null;
  lastDate: CalendarDate | null;
  rationale: { opening: FigureReason; target: FigureReason; ceiling: FigureReason };
}

export interface StrategyPlan {
  name: StrategyName;
  /** False when the debts cannot be cleared within MAX_PLAN_MONTHS: then there is no schedule. */
  feasible: boolean;
  /** Months to debt-free (0 when infeasible or nothing is owed). */
  months: number;
  totalPaid: Fen;
  firstCleared: { debtId: string; month: number } | null;
  schedule: PlanMonth[];
  proposals: Proposal[];
  /** When infeasible: what the debts need and what 60 months of capacity plus the lump sum give. */
  shortfall: { needed: Fen; available: Fen } | null;
}
