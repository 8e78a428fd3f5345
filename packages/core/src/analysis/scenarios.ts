import type { CalendarDate } from '../dates/calendar-date.js';
import {
  type CapDecision,
  type CapSegment,
  isLprBasedCap,
  lprCapOn,
  REFERENCE_CAP_24,
} from '../law/cap-rules.js';
import { LENDER_TYPES, type LenderType } from '../law/lender-type.js';
import {
  computeSupportedAmount,
  type SupportedAmount,
  type SupportedAmountInput,
} from '../legal/supported-amount.js';
import type { LprTable } from '../lpr/lpr-table.js';
import { type Fen, fen } from '../money/fen.js';

/**
 * contract — the contract's own terms, unreduced (what the lender could claim if nobody objects);
 * reference24 — the 24 % total courts use for financial loans (参考);
 * lpr4x — four times the one-year LPR at contract formation (the private-lending cap).
 */
export type ScenarioKey = 'contract' | 'reference24' | 'lpr4x';

export interface Scenario {
  key: ScenarioKey;
  /** Annual cap of this scenario; null when uncapped. */
  capRate: number | null;
  /** Whether this scenario is the one the headline "supported" figure uses. */
  applied: boolean;
  amount: SupportedAmount;
  /** max(0, claimed − supported) under this scenario; null when nothing is claimed. */
  excess: Fen | null;
}

export interface ScenarioContext {
  base: Omit<SupportedAmountInput, 'capSegments'>;
  cap: CapDecision;
  lenderType: LenderType;
  contractDate: CalendarDate;
  lpr: LprTable;
  contractRateKnown: boolean;
  claimed: Fen | null;
}

/** Lender types for which courts might apply either cap (or none): the person sees every scenario. */
const UNCERTAIN: ReadonlySet<LenderType> = new Set(LENDER_TYPES.filter((type) => type !== 'private'));

/** The supported amount under the applied cap and under each alternative a court might take. */
export function buildScenarios(context: ScenarioContext): Scenario[] {
  const { base, cap, lenderType, contractDate, lpr, contractRateKnown, claimed } = context;
  const scenarios: Scenario[] = [];
  const add = (key: ScenarioKey, segments: readonly CapSegment[] | null, capRate: number | null) => {
    const amount = computeSupportedAmount({ ...base, capSegments: segments });
    const excess = claimed === null ? null : fen(Math.max(0, claimed - amount.supported));
    scenarios.push({ key, capRate, applied: segments !== null && segments === cap.segments, amount, excess });
  };
  if (contractRateKnown) add('contract', null, null);
  if (!isLprBasedCap(cap.basis)) add('reference24', cap.segments, REFERENCE_CAP_24);
  else if (UNCERTAIN.has(lenderType))
    add('reference24', [{ from: null, rate: REFERENCE_CAP_24 }], REFERENCE_CAP_24);
  if (isLprBasedCap(cap.basis)) add('lpr4x', cap.segments, cap.rate);
  else if (UNCERTAIN.has(lenderType)) {
    const lpr4x = lprCapOn(lpr, contractDate);
    if (lpr4x) add('lpr4x', [{ from: null, rate: lpr4x.rate }], lpr4x.rate);
  }
  return scenarios;
}
