import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { Finding } from '../findings/finding.js';
import { describeCapBasis, renderFinding } from '../i18n/finding-messages.js';
import type { Lang } from '../i18n/format.js';
import { SCENARIO_LABELS } from '../i18n/labels.js';
import { type CitationId, citation } from '../law/citations.js';
import { basisPointsToRate } from '../lpr/lpr-quotation.js';
import type { Fen } from '../money/fen.js';
import { formatYuan } from '../money/format-money.js';

/** Finding parameters that hold money (fen in memory, decimal yuan strings in JSON). */
const MONEY_PARAMS: ReadonlySet<string> = new Set([
  'principal',
  'received',
  'deducted',
  'claimed',
  'supported',
  'excess',
  'overpaid',
  'computed',
  'retained',
  'lateFees',
  'loss',
  'threshold',
  'paid',
]);

const money = (amount: Fen | null) => (amount === null ? null : formatYuan(amount));

/** A citation as shown to people: with its confidence. Only C/S citations exist in the table. */
export function citationJson(id: CitationId, lang: Lang) {
  const { law, article, version, confidence, summary, source } = citation(id);
  return { id, law, article, version, confidence, summary: summary[lang], source };
}

export function findingJson(finding: Finding, lang: Lang) {
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([key, value]) => [
      key,
      MONEY_PARAMS.has(key) && value !== null ? formatYuan(value as Fen) : value,
    ]),
  );
  return {
    code: finding.code,
    severity: finding.severity,
    params,
    message: renderFinding(finding, lang),
    citations: finding.citations
      .filter((id) => citation(id).confidence !== 'M')
      .map((id) => citationJson(id, lang)),
  };
}

function debtJson(debt: DebtAnalysis, lang: Lang) {
  const { apr, cap, legal } = debt;
  return {
    id: debt.id,
    lender: debt.lender,
    lenderType: debt.lenderType,
    unlicensed: debt.unlicensed,
    card: debt.card,
    principal: money(debt.principal),
    advertised: debt.advertised,
    apr: apr && {
      periodicRate: apr.periodicRate,
      periodsPerYear: apr.periodsPerYear,
      simple: apr.simple,
      compound: apr.compound,
      method: apr.method,
    },
    cap: {
      rate: cap.rate,
      basis: cap.basis,
      strength: cap.strength,
      label: describeCapBasis(cap.basis, lang),
      lprDate: cap.lpr?.date ?? null,
      lpr: cap.lpr ? basisPointsToRate(cap.lpr.oneYearBp) : null,
      segments: cap.segments,
      citations: cap.citations.map((id) => citationJson(id, lang)),
    },
    legal: {
      principalBasis: money(legal.principalBasis),
      supported: money(legal.supported),
      claimed: money(legal.claimed),
      claimedSplit:
        legal.claimedSplit &&
        Object.fromEntries(
          Object.entries(legal.claimedSplit).map(([part, amount]) => [part, money(amount ?? null)]),
        ),
      excess: money(legal.excess),
      overpaid: money(legal.overpaid),
      paid: money(legal.paid),
      principalOutstanding: money(legal.principalOutstanding),
      interestOutstanding: money(legal.interestOutstanding),
      overdueSince: legal.overdueSince,
      overdueRate: legal.overdueRate,
      limitation: legal.limitation,
      scenarios: legal.scenarios.map((s) => ({
        key: s.key,
        label: SCENARIO_LABELS[lang][s.key],
        capRate: s.capRate,
        applied: s.applied,
        limitedByClaim: s.limitedByClaim,
        supported: money(s.amount.supported),
        principalOutstanding: money(s.amount.principalOutstanding),
        interestOutstanding: money(s.amount.interestOutstanding),
        overpaid: money(s.amount.overpaid),
        retained: money(s.amount.retained),
        excess: money(s.excess),
      })),
    },
    findings: debt.findings.map((f) => findingJson(f, lang)),
  };
}

/** The analysis as the JSON the CLI prints and the API returns: money as "1234.50", rates as numbers. */
export function caseReportJson(analysis: CaseAnalysis, lang: Lang) {
  return {
    asOf: analysis.asOf,
    lpr: analysis.lpr,
    debts: analysis.debts.map((d) => debtJson(d, lang)),
    totals: {
      claimed: money(analysis.totals.claimed),
      supportedOfClaimed: money(analysis.totals.supportedOfClaimed),
      supported: money(analysis.totals.supported),
      excess: money(analysis.totals.excess),
      principalBasis: money(analysis.totals.principalBasis),
      paid: money(analysis.totals.paid),
      overpaid: money(analysis.totals.overpaid),
    },
    notices: analysis.notices.map((f) => findingJson(f, lang)),
  };
}

export type CaseReportJson = ReturnType<typeof caseReportJson>;
