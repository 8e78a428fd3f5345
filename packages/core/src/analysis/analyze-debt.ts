import type { Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import type { Finding } from '../findings/finding.js';
import { type CapDecision, decideCap } from '../law/cap-rules.js';
import type { LprTable } from '../lpr/lpr-table.js';
import type { Fen } from '../money/fen.js';
import { cashReceived } from './cash-received.js';
import { contractCashFlows } from './contract-cash-flows.js';
import { findDebtIssues } from './debt-findings.js';
import { deriveOverdueSince } from './overdue-since.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { computeTrueRate, type TrueRate } from './true-rate.js';

export interface DebtLegalView {
  /** Principal a court counts: the cash actually received. */
  principalBasis: Fen;
  principalOutstanding: Fen;
  interestOutstanding: Fen;
  /** What a court would likely support on asOf under the applicable cap. */
  supported: Fen;
  claimed: Fen | null;
  /** max(0, claimed − supported). */
  excess: Fen | null;
  overpaid: Fen;
  paid: Fen;
  overdueSince: CalendarDate | null;
  /** The contract's combined overdue rate (annual simple), when known. */
  overdueRate: number | null;
  scenarios: Scenario[];
}

export interface DebtAnalysis {
  id: string;
  lender: string;
  lenderType: Debt['lenderType'];
  /** The face principal on the contract (what the lender says was lent). */
  principal: Fen;
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
  const cap = decideCap({ lenderType: debt.lenderType, contractDate: debt.contractDate, asOf, lpr });
  // A rate we cannot compute is treated as at least the cap: the cap then decides, as a court would.
  const contractRate = apr ? apr.simple : Number.POSITIVE_INFINITY;
  // Courts count a year as 365 days whatever the contract's own day count (ADR 0005).
  const penaltyRate = (debt.overdue?.penaltyDailyRate ?? 0) * daysPerYear(DEFAULT_DAY_COUNT);
  const overdueRate = apr ? apr.simple + penaltyRate : null;
  const overdueSince =
    debt.overdueSince ?? (flows ? deriveOverdueSince(flows.due, debt.payments, asOf) : null);
  const { received } = cashReceived(debt);
  const claimed = debt.claimed?.total ?? null;
  const scenarios = buildScenarios({
    base: {
      principalBasis: received,
      startDate: debt.contractDate,
      asOf,
      contractRate,
      overdueRate: overdueRate ?? contractRate,
      overdueSince,
      payments: debt.payments,
    },
    cap,
    lenderType: debt.lenderType,
    contractDate: debt.contractDate,
    lpr,
    contractRateKnown: apr !== null,
    claimed,
  });
  const applied = scenarios.find((s) => s.applied);
  if (!applied) throw new Error(`no applied scenario for debt ${debt.id}`);
  const excess = applied.excess;
  const legal: DebtLegalView = {
    principalBasis: received,
    principalOutstanding: applied.amount.principalOutstanding,
    interestOutstanding: applied.amount.interestOutstanding,
    supported: applied.amount.supported,
    claimed,
    excess,
    overpaid: applied.amount.overpaid,
    paid: applied.amount.paid,
    overdueSince,
    overdueRate,
    scenarios,
  };
  const findings = findDebtIssues({
    debt,
    asOf,
    flows,
    rate,
    cap,
    overdueRate,
    applied,
    contract: scenarios.find((s) => s.key === 'contract'),
    claimed,
    excess,
  });
  return {
    id: debt.id,
    lender: debt.lender,
    lenderType: debt.lenderType,
    principal: debt.principal,
    apr,
    cap,
    legal,
    findings,
  };
}
