import type { CalendarDate } from '../dates/calendar-date.js';
import {
  type CapDecision,
  type CapSegment,
  isLprBasedCap,
  lprCapOn,
  OLD_VOID_LINE_36,
  PRIVATE_LENDING_REFORM_DATE,
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
import { limitToClaim } from './limit-to-claim.js';

/**
 * contract — the contract's own terms, unreduced (what the lender could claim if nobody objects);
 * reference24 — the 24 % total courts use for financial loans (参考);
 * lpr4x — four times the one-year LPR at contract formation (the private-lending cap);
 * unlicensed_lpr — no licence: the principal received plus interest at most at the one-year LPR;
 * limitation_defence — limitation raised and upheld: nothing is supported (民法典 第192、193条).
 */
export type ScenarioKey = 'contract' | 'reference24' | 'lpr4x' | 'unlicensed_lpr' | 'limitation_defence';

export interface Scenario {
  key: ScenarioKey;
  /** Annual cap of this scenario; null when uncapped. */
  capRate: number | null;
  /** Whether this scenario is the one the headline "supported" figure uses. */
  applied: boolean;
  /** Already within min(claim, computed): a court awards no more than is claimed. */
  amount: SupportedAmount;
  /** The computed figure was above the claim, so the claim is shown. */
  limitedByClaim: boolean;
  /** The figure the method gives before the claim limits it. */
  computed: Fen;
  /** max(0, claimed − supported) under this scenario; null when nothing is claimed. */
  excess: Fen | null;
}

export interface ScenarioContext {
  base: Omit<SupportedAmountInput, 'capSegments' | 'voluntaryBand'>;
  cap: CapDecision;
  /** The lender type the rules are applied for (an unlicensed-looking lender counts as unlicensed). */
  lenderType: LenderType;
  contractDate: CalendarDate;
  lpr: LprTable;
  contractRateKnown: boolean;
  claimed: Fen | null;
  limitationExpired: boolean;
}

/** Lender types for which courts might apply either cap (or none): the person sees every scenario. */
const UNCERTAIN: ReadonlySet<LenderType> = new Set(LENDER_TYPES.filter((type) => type !== 'private'));

const KEY_OF_APPLIED = (cap: CapDecision): ScenarioKey =>
  cap.basis === 'unlicensed_lpr_at_most'
    ? 'unlicensed_lpr'
    : isLprBasedCap(cap.basis)
      ? 'lpr4x'
      : 'reference24';

/** The supported amount under the applied cap and under each alternative a court might take. */
export function buildScenarios(context: ScenarioContext): Scenario[] {
  const { base, cap, lenderType, contractDate, lpr, contractRateKnown, claimed } = context;
  const scenarios: Scenario[] = [];
  const appliedKey = KEY_OF_APPLIED(cap);
  const add = (key: ScenarioKey, segments: readonly CapSegment[] | null, capRate: number | null) => {
    // Before 2020-08-20 the 2015 rules let voluntarily paid interest up to 36 % stand.
    const voluntaryBand =
      key === appliedKey && cap.basis === 'transitional_split'
        ? { until: PRIVATE_LENDING_REFORM_DATE, rate: OLD_VOID_LINE_36 }
        : null;
    const computed = computeSupportedAmount({ ...base, capSegments: segments, voluntaryBand });
    const { amount, limited } = limitToClaim(computed, claimed);
    scenarios.push({
      key,
      capRate,
      applied: key === appliedKey,
      amount,
      limitedByClaim: limited,
      computed: computed.supported,
      excess: claimed === null ? null : fen(Math.max(0, claimed - amount.supported)),
    });
  };
  if (contractRateKnown) add('contract', null, null);
  add(appliedKey, cap.segments, cap.rate);
  if (UNCERTAIN.has(lenderType)) {
    if (appliedKey !== 'reference24')
      add('reference24', [{ from: null, rate: REFERENCE_CAP_24 }], REFERENCE_CAP_24);
    const lpr4x = lprCapOn(lpr, contractDate);
    if (appliedKey !== 'lpr4x' && lpr4x) add('lpr4x', [{ from: null, rate: lpr4x.rate }], lpr4x.rate);
  }
  if (context.limitationExpired) {
    const nothing = computeSupportedAmount({ ...base, capSegments: cap.segments });
    scenarios.push({
      key: 'limitation_defence',
      capRate: null,
      applied: false,
      amount: { ...nothing, principalOutstanding: fen(0), interestOutstanding: fen(0), supported: fen(0) },
      limitedByClaim: false,
      computed: fen(0),
      excess: claimed,
    });
  }
  return scenarios;
}
