import type { Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Finding } from '../findings/finding.js';
import { type CapDecision, isLprBasedCap, OLD_VOID_LINE_36, REFERENCE_CAP_24 } from '../law/cap-rules.js';
import type { CitationId } from '../law/citations.js';
import { type Fen, fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import type { CardFacts } from './card-facts.js';
import { cashReceived } from './cash-received.js';
import type { ContractCashFlows } from './contract-cash-flows.js';
import { LIMITATION_YEARS, type LimitationView } from './limitation.js';
import type { Scenario } from './scenarios.js';
import type { TrueRateResult } from './true-rate.js';
import type { UnlicensedView } from './unlicensed-signs.js';

/** Rates within this of a cap count as at the cap (0.0001 percentage points): no finding on float noise. */
const RATE_TOLERANCE = 1e-6;
/** 恶意透支 is only possible at ≥ 50,000 yuan of card principal (2018 interpretation). */
const CARD_CRIME_THRESHOLD = yuan(50_000);
/** 合同编通则解释 第65条: a penalty above 130 % of the loss is generally excessive. */
const LATE_FEE_LOSS_MULTIPLE = 1.3;

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
  /** Set for an interest-free loan between persons: overdue interest at the LPR from this day. */
  interestFreeFrom: CalendarDate | null;
  limitation: LimitationView;
  unlicensed: UnlicensedView | null;
  card: CardFacts | null;
}

/** Everything worth telling the person about one debt, most serious first. */
export function findDebtIssues(facts: DebtFacts): Finding[] {
  const findings = [
    ...limitationFindings(facts),
    ...lenderFindings(facts),
    ...rateFindings(facts),
    ...amountFindings(facts),
    ...creditCardFindings(facts),
  ];
  // Limitation comes first whatever else is found: it decides whether anything is owed at all.
  const rank = (f: Finding) => (f.code === 'limitation_possibly_expired' ? -1 : SEVERITY_ORDER[f.severity]);
  return findings.sort((a, b) => rank(a) - rank(b));
}

const SEVERITY_ORDER = { high: 0, warning: 1, info: 2 } as const;

function lenderFindings({ debt, cap, unlicensed }: DebtFacts): Finding[] {
  const findings: Finding[] = [];
  if (unlicensed) {
    findings.push({
      code: 'unlicensed_lender',
      params: { declared: unlicensed.declared, signs: unlicensed.signs.filter((s) => s !== 'declared') },
      severity: 'high',
      citations: ['civil-code-680', 'spc-private-lending-2020b-26', 'criminal-law-293-1'],
    });
  }
  if (debt.creditorChange) {
    const change = debt.creditorChange;
    findings.push({
      code: 'creditor_changed',
      params: { kind: change.kind, name: change.name, date: change.date, paid: change.paid ?? null },
      severity: 'info',
      citations: change.kind === 'guarantor' ? ['civil-code-700', 'spc-reply-2020-27'] : ['civil-code-548'],
    });
  }
  if (cap.lpr && (cap.lpr.status === 'derived_no_change' || cap.lpr.status === 'user_added')) {
    findings.push({
      code: 'lpr_unconfirmed',
      params: { date: cap.lpr.date, status: cap.lpr.status },
      severity: 'warning',
      citations: [],
    });
  }
  if (debt.lenderType === 'unknown' && !unlicensed) {
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

function rateFindings({ debt, rate, cap, overdueRate, card, unlicensed }: DebtFacts): Finding[] {
  const findings: Finding[] = [];
  const { received, deducted } = cashReceived(debt);
  if (deducted > 0) {
    const citations: CitationId[] = ['civil-code-670', 'pboc-2021-3'];
    if (debt.lenderType === 'private' || unlicensed) citations.splice(1, 0, 'spc-private-lending-2020b-26');
    findings.push({
      code: 'upfront_deduction',
      params: { principal: debt.principal, received, deducted },
      severity: 'warning',
      citations,
    });
  }
  // A revolving card's price is its daily rate: there is no loan schedule to take a true rate from.
  if (!rate && card?.annualRate != null) return findings;
  if (!rate) {
    findings.push({
      code: 'rate_not_computable',
      params: { reason: card ? 'no_card_rate' : 'no_terms' },
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
    const capCitations: CitationId[] =
      isLprBasedCap(cap.basis) || unlicensed
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

function amountFindings(facts: DebtFacts): Finding[] {
  const { cap, applied, contract, claimed, excess } = facts;
  const findings: Finding[] = [];
  if (claimed !== null && applied.limitedByClaim) {
    findings.push({
      code: 'supported_limited_to_claim',
      params: { claimed, computed: applied.computed },
      severity: 'info',
      citations: [],
    });
  }
  if (applied.amount.retained > 0) {
    findings.push({
      code: 'pre_reform_interest_stands',
      params: { retained: applied.amount.retained },
      severity: 'info',
      citations: [
        'spc-private-lending-2020b-31',
        'spc-private-lending-2015-26',
        'spc-private-lending-2015-31',
      ],
    });
  }
  if (facts.interestFreeFrom !== null) {
    findings.push({
      code: 'interest_free_overdue',
      params: { lprRate: facts.overdueRate ?? 0, from: facts.interestFreeFrom },
      severity: 'info',
      citations: ['civil-code-680', 'spc-private-lending-2020b-28'],
    });
  }
  findings.push(...lateFeeFindings(facts));
  // A revolving card's contract figure leaves out the interest before the first missed due date,
  // so the bank's claim is expected to be a little higher: no finding on that.
  if (
    claimed !== null &&
    contract &&
    !facts.card &&
    claimed > contract.amount.supported + CLAIM_ABOVE_CONTRACT_TOLERANCE
  ) {
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

/** 合同编通则解释 第65条: the 违约金 charged against 130 % of the lender's estimated loss. */
function lateFeeFindings({ debt, asOf, applied, rate, card }: DebtFacts): Finding[] {
  const lateFees = fen(
    (debt.overdue?.lateFees ?? [])
      .filter((fee) => fee.date <= asOf)
      .reduce((sum, fee) => sum + fee.amount, 0) ||
      (debt.claimed?.split?.lateFees ?? 0),
  );
  const loss = applied.amount.overdueLoss;
  const threshold = fen(Math.round(loss * LATE_FEE_LOSS_MULTIPLE));
  // The loss can be estimated only where the contract rate is known.
  const rateKnown = rate?.ok === true || card?.annualRate != null;
  if (lateFees === 0 || !rateKnown || lateFees <= threshold) return [];
  return [
    {
      code: 'late_fees_excessive',
      params: { lateFees, loss, threshold },
      severity: 'warning',
      citations: ['civil-code-585', 'spc-contract-general-2023-65'],
    },
  ];
}

/**
 * 民法典 第188/189条: three years from the last instalment's due date. A payment or a demand (the
 * claim's date) made while the period runs restarts it (第195条); a demand after it has run out does
 * not revive it, and a payment after it has run out waives the defence (第192条), so no finding then.
 */
function limitationFindings({ debt, limitation }: DebtFacts): Finding[] {
  if (limitation.state !== 'possibly_expired') return [];
  const citations: CitationId[] = [
    'civil-code-188',
    'civil-code-189',
    'civil-code-192',
    'civil-code-193',
    'civil-code-195',
    'spc-limitation-2020-8',
    'spc-limitation-2020-14',
    'spc-limitation-2020-19',
  ];
  if (debt.lenderType === 'credit_card') citations.push('spc-bank-card-2021-3');
  return [
    {
      code: 'limitation_possibly_expired',
      params: { since: limitation.since, years: LIMITATION_YEARS, expiredOn: limitation.expiredOn },
      severity: 'high',
      citations,
    },
  ];
}

/**
 * The 2018 interpretation (第9条) counts every amount repaid as repaying overdrawn principal, so the
 * principal for the 50,000-yuan threshold is what was overdrawn minus everything paid.
 */
function creditCardFindings({ debt, applied, card }: DebtFacts): Finding[] {
  if (debt.lenderType !== 'credit_card') return [];
  const findings: Finding[] = [];
  if (card && card.firstMissed === null) {
    findings.push({ code: 'card_due_date_missing', params: {}, severity: 'warning', citations: [] });
  }
  if (card?.assumed && card.firstMissed) {
    findings.push({
      code: 'card_due_date_assumed',
      params: { assumed: card.firstMissed },
      severity: 'info',
      citations: ['spc-bank-card-2021-3'],
    });
  }
  const principal = fen(Math.max(debt.principal - applied.amount.paid, 0));
  if (principal >= CARD_CRIME_THRESHOLD) {
    findings.push({
      code: 'credit_card_large_principal',
      params: { principal },
      severity: 'high',
      citations: ['spc-card-crime-2018'],
    });
  }
  return findings;
}
