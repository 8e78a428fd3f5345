import type { Debt } from '../case/case-schema.js';
import { type CalendarDate, maxDate } from '../dates/calendar-date.js';
import { addYears } from '../dates/date-arithmetic.js';
import type { Finding } from '../findings/finding.js';
import { type CapDecision, isLprBasedCap, OLD_VOID_LINE_36, REFERENCE_CAP_24 } from '../law/cap-rules.js';
import type { CitationId } from '../law/citations.js';
import { type Fen, fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { cashReceived } from './cash-received.js';
import type { ContractCashFlows } from './contract-cash-flows.js';
import type { Scenario } from './scenarios.js';
import type { TrueRateResult } from './true-rate.js';

/** Rates within this of a cap count as at the cap (0.0001 percentage points): no finding on float noise. */
const RATE_TOLERANCE = 1e-6;
/** 恶意透支 is only possible at ≥ 50,000 yuan of card principal (2018 interpretation). */
const CARD_CRIME_THRESHOLD = yuan(50_000);
/** 民法典 第188条: three years. */
const LIMITATION_YEARS = 3;

export interface DebtFacts {
  debt: Debt;
  asOf: CalendarDate;
  flows: ContractCashFlows | null;
  rate: TrueRateResult | null;
  cap: CapDecision;
  overdueRate: number | null;
  applied: Scenario;
  /** The unreduced contract scenario, when the contract rate is known. */
  contract: Scenario | undefined;
  claimed: Fen | null;
  excess: Fen | null;
}

/** Everything worth telling the person about one debt, most serious first. */
export function findDebtIssues(facts: DebtFacts): Finding[] {
  const findings = [
    ...lenderFindings(facts),
    ...rateFindings(facts),
    ...amountFindings(facts),
    ...limitationFindings(facts),
    ...creditCardFindings(facts),
  ];
  const order = { high: 0, warning: 1, info: 2 } as const;
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}

function lenderFindings({ debt, cap }: DebtFacts): Finding[] {
  const findings: Finding[] = [];
  if (debt.lenderType === 'unlicensed') {
    findings.push({
      code: 'lender_unlicensed',
      params: {},
      severity: 'high',
      citations: ['civil-code-680', 'spc-private-lending-2020b-25'],
    });
  }
  if (debt.lenderType === 'unknown') {
    findings.push({
      code: 'lender_type_unknown',
      params: {},
      severity: 'warning',
      citations: ['spc-private-lending-1-2', 'spc-reply-2020-27'],
    });
  }
  if (cap.basis === 'transitional_split') {
    findings.push({
      code: 'transitional_contract',
      params: { contractDate: debt.contractDate, laterCap: cap.rate },
      severity: 'info',
      citations: ['spc-private-lending-2020b-31'],
    });
  }
  return findings;
}

function rateFindings({ debt, rate, cap, overdueRate }: DebtFacts): Finding[] {
  const findings: Finding[] = [];
  const { received, deducted } = cashReceived(debt);
  if (deducted > 0) {
    const citations: CitationId[] = ['civil-code-670', 'pboc-2021-3'];
    if (debt.lenderType === 'private' || debt.lenderType === 'unlicensed')
      citations.splice(1, 0, 'spc-private-lending-2020b-26');
    findings.push({
      code: 'upfront_deduction',
      params: { principal: debt.principal, received, deducted },
      severity: 'warning',
      citations,
    });
  }
  if (!rate) {
    findings.push({
      code: 'rate_not_computable',
      params: { reason: 'no_terms' },
      severity: 'warning',
      citations: ['pboc-2021-3'],
    });
    return findings;
  }
  if (!rate.ok) {
    findings.push({
      code: 'rate_not_computable',
      params: { reason: rate.reason },
      severity: 'warning',
      citations: ['pboc-2021-3'],
    });
    return findings;
  }
  const apr = rate.rate.simple;
  if (rate.rate.signChanges > 1) {
    findings.push({
      code: 'multiple_rates',
      params: { signChanges: rate.rate.signChanges, roots: [apr, ...rate.rate.otherRoots] },
      severity: 'info',
      citations: ['pboc-2021-3'],
    });
  }
  if (apr > cap.rate + RATE_TOLERANCE) {
    findings.push({
      code: 'apr_above_cap',
      params: { apr, cap: cap.rate, basis: cap.basis },
      // Before 2020-08-20 the old 24 % applied, so an old private loan is above today's cap only in part.
      severity: cap.strength === 'statutory' && cap.basis !== 'transitional_split' ? 'high' : 'warning',
      citations: [...cap.citations, 'pboc-2021-3'],
    });
  }
  // Above 24 % is its own finding only where the applicable cap is not already 24 %.
  if (apr > REFERENCE_CAP_24 + RATE_TOLERANCE && cap.rate !== REFERENCE_CAP_24) {
    findings.push({
      code: 'apr_above_24',
      params: { apr },
      severity: 'warning',
      citations: ['spc-financial-trial-2017-2'],
    });
  }
  if (apr > OLD_VOID_LINE_36 + RATE_TOLERANCE) {
    findings.push({
      code: 'apr_above_36',
      params: { apr },
      severity: 'high',
      citations: ['spc-private-lending-2015-26'],
    });
  }
  if (
    overdueRate !== null &&
    overdueRate > cap.rate + RATE_TOLERANCE &&
    debt.overdue?.penaltyDailyRate !== undefined
  ) {
    const capCitations: CitationId[] = isLprBasedCap(cap.basis)
      ? ['spc-private-lending-2020b-28', 'spc-private-lending-2020b-29']
      : ['spc-financial-trial-2017-2'];
    findings.push({
      code: 'overdue_charges_above_cap',
      params: { overdueRate, cap: cap.rate },
      severity: 'warning',
      citations: ['civil-code-676', ...capCitations, 'civil-code-585', 'spc-contract-general-2023-65'],
    });
  }
  return findings;
}

/** A claim more than this above even the contract's own figure is worth pointing out (rounding aside). */
const CLAIM_ABOVE_CONTRACT_TOLERANCE = yuan(1);

function amountFindings({ cap, applied, contract, claimed, excess }: DebtFacts): Finding[] {
  const findings: Finding[] = [];
  if (claimed !== null && contract && claimed > contract.amount.supported + CLAIM_ABOVE_CONTRACT_TOLERANCE) {
    findings.push({
      code: 'claim_above_contract',
      params: {
        claimed,
        contractAmount: contract.amount.supported,
        difference: fen(claimed - contract.amount.supported),
      },
      severity: 'warning',
      citations: [],
    });
  }
  if (claimed !== null && excess !== null && excess > 0) {
    findings.push({
      code: 'claim_above_supported',
      params: { claimed, supported: applied.amount.supported, excess },
      severity: 'high',
      citations: [...cap.citations, 'civil-code-670', 'civil-code-561'],
    });
  }
  if (applied.amount.overpaid > 0) {
    findings.push({
      code: 'overpaid',
      params: { overpaid: applied.amount.overpaid },
      severity: 'warning',
      citations: ['civil-code-561'],
    });
  }
  return findings;
}

/**
 * 民法典 第188/189条: three years from the last instalment's due date. A payment or a demand (the
 * claim's date) made while the period runs restarts it (第195条); a demand after it has run out does
 * not revive it, and a payment after it has run out waives the defence (第192条), so no finding then.
 */
function limitationFindings({ debt, asOf, flows }: DebtFacts): Finding[] {
  let since = [debt.contractDate, ...(flows?.due.map((d) => d.date) ?? [])].reduce(maxDate);
  const events = [
    ...debt.payments.map((p) => ({ date: p.date, kind: 'payment' as const })),
    ...(debt.claimed ? [{ date: debt.claimed.date, kind: 'demand' as const }] : []),
    ...(debt.paymentOrderReceived ? [{ date: debt.paymentOrderReceived, kind: 'demand' as const }] : []),
    // A logged call or message from the creditor's side is a demand (诉讼时效规定 第8条).
    ...debt.contacts
      .filter((contact) => contact.direction === 'incoming')
      .map((contact) => ({ date: contact.at.slice(0, 10) as CalendarDate, kind: 'demand' as const })),
  ]
    .filter((event) => event.date <= asOf)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  for (const event of events) {
    if (event.date <= addYears(since, LIMITATION_YEARS)) since = maxDate(since, event.date);
    else if (event.kind === 'payment') return [];
  }
  if (addYears(since, LIMITATION_YEARS) >= asOf) return [];
  const citations: CitationId[] = [
    'civil-code-188',
    'civil-code-189',
    'civil-code-195',
    'civil-code-192',
    'spc-limitation-2020-8',
    'spc-limitation-2020-14',
    'spc-limitation-2020-19',
  ];
  if (debt.lenderType === 'credit_card') citations.push('spc-bank-card-2021-3');
  return [
    {
      code: 'limitation_possibly_expired',
      params: { since, years: LIMITATION_YEARS },
      severity: 'warning',
      citations,
    },
  ];
}

/**
 * The 2018 interpretation (第9条) counts every amount repaid as repaying overdrawn principal, so the
 * principal for the 50,000-yuan threshold is what was overdrawn minus everything paid.
 */
function creditCardFindings({ debt, applied }: DebtFacts): Finding[] {
  if (debt.lenderType !== 'credit_card') return [];
  const principal = fen(Math.max(debt.principal - applied.amount.paid, 0));
  if (principal < CARD_CRIME_THRESHOLD) return [];
  return [
    {
      code: 'credit_card_large_principal',
      params: { principal },
      severity: 'high',
      citations: ['spc-card-crime-2018'],
    },
  ];
}
