import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { DocumentKind } from './document-kinds.js';

/**
 * The documents that acknowledge the debt: a call to negotiate, an offer, a hardship request, an
 * agreement. Where limitation may have run, each of them can restart it or give the defence up
 * (诉讼时效规定 第14、19条), so they open with a warning and come after the limitation defence.
 */
export const ACKNOWLEDGING_KINDS: readonly DocumentKind[] = [
  'script',
  'negotiation',
  'hardship',
  'agreement',
];

/** What decides the documents of a debt: is the lender (or does it look) unlicensed, has limitation run. */
export type DocumentKindFacts = Pick<DebtAnalysis, 'unlicensed'> & {
  legal: Pick<DebtAnalysis['legal'], 'limitation'>;
};

export type NotApplicableReason = 'limitation_not_run' | 'not_unlicensed' | 'unlicensed_lender';

/**
 * The documents that fit one debt, in the order the person needs them (legal.md §9, §14 K2, K8):
 * - limitation may have run: the written limitation defence first; the documents that acknowledge
 *   the debt stay available, behind their warning;
 * - an unlicensed lender (declared or detected): no negotiation letter, hardship request, agreement
 *   or call script (they send the person to the operator's "official channel" and acknowledge an
 *   illegal debt) — the police report and the complaint instead;
 * - otherwise the call script, the letters, the request for the papers and the breakdown, and the
 *   court and credit-report documents; the police report is for unlicensed lenders only;
 * - the notice to stop contacting third parties fits every debt (legal.md §6 binds every collector);
 * - the settlement-certificate request comes last: it is for when the debt is paid off, and an
 *   unlicensed lender's "certificate" is worth nothing (the debt is reported to the police instead).
 */
export function documentKindsFor(debt: DocumentKindFacts): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (debt.legal.limitation.state === 'possibly_expired') kinds.push('limitation_defence');
  if (debt.unlicensed !== null) kinds.push('police_report', 'complaint', 'stop_third_party');
  else kinds.push(...ACKNOWLEDGING_KINDS, 'statement_request', 'complaint', 'stop_third_party');
  kinds.push('payment_order_objection', 'lawsuit_defence', 'credit_objection');
  if (debt.unlicensed === null) kinds.push('certificate_request');
  return kinds;
}

/**
 * Why a kind does not fit a debt, or null when it fits: limitation has not run (no limitation
 * defence), the lender is not an unlicensed one (no police report), or it may be (no negotiation).
 */
export function kindNotApplicableReason(
  debt: DocumentKindFacts,
  kind: DocumentKind,
): NotApplicableReason | null {
  if (documentKindsFor(debt).includes(kind)) return null;
  if (kind === 'limitation_defence') return 'limitation_not_run';
  if (kind === 'police_report') return 'not_unlicensed';
  return 'unlicensed_lender';
}
