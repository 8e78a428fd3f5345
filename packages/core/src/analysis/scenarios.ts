import type { CalendarDate } from '../dates/calendar-date.js';
import { type CapDecision, type CapSegment, lprCapOn, REFERENCE_CAP_24 } from '../law/cap-rules.js';
import type { LenderType } from '../law/lender-type.js';
import {
  computeSupportedAmount,
  type SupportedAmount,
  type SupportedAmountInput,
} from '../legal/supported-amount.js';
import type { LprTable } from '../lpr/lpr-table.js';

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
}

/** Lender types for which courts might apply either cap (or none): the person sees every scenario. */
const UNCERTAIN: ReadonlySet<LenderType> = new Set([
  'bank',
  'consumer_finance',
  'microloan',
  'credit_card',
  'other_licensed',
  'unlicensed',
  'unknown',
]);

export function buildScenarios(
  base: Omit<SupportedAmountInput, 'capSegments'>,
  cap: CapDecision,
  lenderType: LenderType,
  contractDate: CalendarDate,
  lpr: LprTable,
  contractRateKnown: boolean,
): Scenario[] {
  const scenarios: Scenario[] = [];
  const add = (key: ScenarioKey, segments: readonly CapSegment[] | null, capRate: number | null) => {
    const applied = segments !== null && segments === cap.segments;
    scenarios.push({
      key,
      capRate,
      applied,
      amount: computeSupportedAmount({ ...base, capSegments: segments }),
    });
  };
  if (contractRateKnown) add('contract', null, null);
  const appliedIs24 =
    cap.basis !== 'lpr4x_at_contract' &&
    cap.basis !== 'transitional_split' &&
    cap.basis !== 'unlicensed_lpr4x_at_best';
  if (appliedIs24) add('reference24', cap.segments, REFERENCE_CAP_24);
  else if (UNCERTAIN.has(lenderType))
    add('reference24', [{ from: null, rate: REFERENCE_CAP_24 }], REFERENCE_CAP_24);
  if (!appliedIs24) add('lpr4x', cap.segments, cap.rate);
  else if (UNCERTAIN.has(lenderType)) {
    const lpr4x = lprCapOn(lpr, contractDate);
    if (lpr4x) add('lpr4x', [{ from: null, rate: lpr4x.rate }], lpr4x.rate);
  }
  return scenarios;
}
