import type { Debt } from '../case/case-schema.js';
import type { ClaimSplit } from '../case/claim-split-schema.js';
import { statedRate } from '../case/rate-choice.js';
import { type CalendarDate, minDate } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import { DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import type { Finding } from '../findings/finding.js';
import { type CapDecision, decideCap } from '../law/cap-rules.js';
import type { LenderType } from '../law/lender-type.js';
import type { DatedAmount } from '../legal/supported-amount.js';
import { basisPointsToRate } from '../lpr/lpr-quotation.js';
import { type LprTable, lprInForce } from '../lpr/lpr-table.js';
import type { Fen } from '../money/fen.js';
import type { StatedRate } from '../schedule/periodic-rate.js';
import { type CardFacts, cardFacts } from './card-facts.js';
import { cashReceived } from './cash-received.js';
import { contractCashFlows } from './contract-cash-flows.js';
import { findDebtIssues } from './debt-findings.js';
import { assessLimitation, type LimitationView } from './limitation.js';
import { deriveOverdueSince } from './overdue-since.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { computeTrueRate, type TrueRate } from './true-rate.js';
import { type UnlicensedView, unlicensedView } from './unlicensed-signs.js';

export interface DebtLegalView {
  /** Principal a court counts: the cash actually received (for a card, its principal). */
  principalBasis: Fen;
  principalOutstanding: Fen;
  interestOutstanding: Fen;
  /** What a court would likely support on asOf under the applicable cap, never above the claim. */
  supported: Fen;
  claimed: Fen | null;
  /** How the lender splits its claim, as stated. */
  claimedSplit: ClaimSplit | null;
  /** max(0, claimed − supported). */
  excess: Fen | null;
  overpaid: Fen;
  paid: Fen;
  overdueSince: CalendarDate | null;
  /** The contract's combined overdue rate (annual simple), when known. */
  overdueRate: number | null;
  limitation: LimitationView;
  scenarios: Scenario[];
}

export interface DebtAnalysis {
  id: string;
  lender: string;
  lenderType: Debt['lenderType'];
  /** Set when the lender is, or looks, unlicensed: then the unlicensed rules apply whatever the type. */
  unlicensed: UnlicensedView | null;
  /** Set for a revolving credit card (no instalment terms): what its figures are counted from. */
  card: { firstMissed: CalendarDate | null; assumed: boolean; annualRate: number | null } | null;
  /** The face principal on the contract (what the lender says was lent). */
  principal: Fen;
  /** The rate the contract states (what the person was told), or a card's daily rate; null if none. */
  advertised: StatedRate | null;
  apr: TrueRate | null;
  cap: CapDecision;
  legal: DebtLegalView;
  findings: Finding[];
}

/** The whole legal picture of one debt on `asOf`. */
export function analyzeDebt(debt: Debt, asOf: CalendarDate, lpr: LprTable): DebtAnalysis {
  const flows = contractCashFlows(debt);
  const rate = flows ? computeTrueRate(flows, debt.contractDate) : null;
  const apr = rate?.ok ? rate.rate : null;
  const unlicensed = unlicensedView(debt, flows);
  const lenderType: LenderType = unlicensed ? 'unlicensed' : debt.lenderType;
  const cap = decideCap({ lenderType, contractDate: debt.contractDate, asOf, lpr });
  const card = cardFacts(debt);
  // A rate we cannot compute is treated as at least the cap: the cap then decides, as a court would.
  const contractRate = apr ? apr.simple : (card?.annualRate ?? Number.POSITIVE_INFINITY);
  const overdueSince = card
    ? card.firstMissed
    : (debt.overdueSince ?? (flows ? deriveOverdueSince(flows.due, debt.payments, asOf) : null));
  const overdueRate = overdueRateOf(debt, contractRate, overdueSince, lpr);
  const { received } = cashReceived(debt);
  const claimed = debt.claimed?.total ?? null;
  const limitation = assessLimitation(debt, flows, card?.limitationStart ?? null, asOf);
  const scenarios = buildScenarios({
    base: {
      principalBasis: received,
      startDate: cardStart(debt, card, asOf),
      asOf,
      contractRate,
      overdueRate: overdueRate.rate,
      overdueSince,
      principalDue: flows?.principalDue ?? null,
      allDueFrom: allDueFrom(debt, flows?.due.at(-1)?.date ?? null),
      charges: chargesOf(debt, card),
      payments: debt.payments,
    },
    cap,
    lenderType,
    contractDate: debt.contractDate,
    lpr,
    contractRateKnown: apr !== null || card?.annualRate != null,
    claimed,
    limitationExpired: limitation.state === 'possibly_expired',
  });
  const applied = scenarios.find((s) => s.applied);
  if (!applied) throw new Error(`no applied scenario for debt ${debt.id}`);
  const legal: DebtLegalView = {
    principalBasis: received,
    principalOutstanding: applied.amount.principalOutstanding,
    interestOutstanding: applied.amount.interestOutstanding,
    supported: applied.amount.supported,
    claimed,
    claimedSplit: debt.claimed?.split ?? null,
    excess: applied.excess,
    overpaid: applied.amount.overpaid,
    paid: applied.amount.paid,
    overdueSince,
    overdueRate: apr || card?.annualRate != null ? overdueRate.rate : null,
    limitation,
    scenarios,
  };
  const findings = findDebtIssues({
    debt,
    asOf,
    flows,
    rate,
    cap,
    overdueRate: legal.overdueRate,
    interestFreeFrom: overdueRate.interestFreeFrom,
    applied,
    contract: scenarios.find((s) => s.key === 'contract'),
    claimed,
    excess: applied.excess,
    limitation,
    unlicensed,
    card,
  });
  return {
    id: debt.id,
    lender: debt.lender,
    lenderType: debt.lenderType,
    unlicensed,
    card: card && { firstMissed: card.firstMissed, assumed: card.assumed, annualRate: card.annualRate },
    principal: debt.principal,
    advertised: debt.terms
      ? statedRate(debt.terms)
      : debt.card?.dailyRate !== undefined
        ? { kind: 'daily', rate: debt.card.dailyRate }
        : null,
    apr,
    cap,
    legal,
    findings,
  };
}

/**
 * The rate on overdue amounts: the contract rate plus the penalty interest (罚息). A loan between
 * natural persons without agreed interest bears none in its term (民法典 第680条); from the overdue
 * date the lender may claim overdue interest, which courts usually measure at the one-year LPR
 * (民间借贷规定 第28条第2款第1项; legal.md §14 K6).
 */
function overdueRateOf(
  debt: Debt,
  contractRate: number,
  overdueSince: CalendarDate | null,
  lpr: LprTable,
): { rate: number; interestFreeFrom: CalendarDate | null } {
  // Courts count a year as 365 days whatever the contract's own day count (ADR 0005).
  const penalty = (debt.overdue?.penaltyDailyRate ?? 0) * daysPerYear(DEFAULT_DAY_COUNT);
  // A true rate within float noise of zero is no interest agreed.
  const interestFree = debt.lenderType === 'private' && Math.abs(contractRate) < 1e-9 && penalty === 0;
  const quotation = interestFree && overdueSince ? lprInForce(lpr, overdueSince) : undefined;
  if (interestFree && overdueSince && quotation) {
    return { rate: basisPointsToRate(quotation.oneYearBp), interestFreeFrom: overdueSince };
  }
  return { rate: contractRate + penalty, interestFreeFrom: null };
}

/** Interest on a revolving card runs from its first missed due date; with none known, not at all. */
function cardStart(debt: Debt, card: CardFacts | null, asOf: CalendarDate): CalendarDate {
  if (!card) return debt.contractDate;
  return card.firstMissed ?? debt.claimed?.date ?? asOf;
}

/** From this day all principal is overdue: the lender's acceleration, or the day after the last due date. */
function allDueFrom(debt: Debt, lastDue: CalendarDate | null): CalendarDate | null {
  const maturity = lastDue ? addDays(lastDue, 1) : null;
  if (debt.accelerated && maturity) return minDate(debt.accelerated, maturity);
  return debt.accelerated ?? maturity;
}

function chargesOf(debt: Debt, card: CardFacts | null): DatedAmount[] {
  return [...(debt.overdue?.lateFees ?? []), ...(card?.charges ?? [])];
}
