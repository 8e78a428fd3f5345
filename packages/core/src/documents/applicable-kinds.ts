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

/**
 * The documents that fit one debt, in the order the person needs them (legal.md §9, §14 K2, K8):
 * - limitation may have run: the written limitation defence first; the documents that acknowledge
 *   the debt stay available, behind their warning;
 * - an unlicensed lender (declared or detected): no negotiation letter, hardship request, agreement
 *   or call script (they send the person to the operator's "official channel" and acknowledge an
 *   illegal debt) — the police report and the complaint instead;
 * - otherwise the call script, the letters and the court and credit-report documents; the police
 *   report is for unlicensed lenders only.
 */
export function documentKindsFor(debt: DocumentKindFacts): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (debt.legal.limitation.state === 'possibly_expired') kinds.push('limitation_defence');
  if (debt.unlicensed !== null) kinds.push('police_report', 'complaint');
  else kinds.push(...ACKNOWLEDGING_KINDS, 'complaint');
  kinds.push('payment_order_objection', 'credit_objection');
  return kinds;
}

/** Why a kind does not fit a debt, in one sentence (zh, then en), or null when it fits. */
export function kindNotApplicableReason(debt: DocumentKindFacts, kind: DocumentKind): string | null {
  if (documentKindsFor(debt).includes(kind)) return null;
  if (kind === 'limitation_defence')
    return '这笔债看不出已过诉讼时效，不能提出时效抗辩 (limitation has not run on this debt)';
  if (kind === 'police_report')
    return '报案材料只用于可能没有放贷资质的放款方 (the police report is for unlicensed lenders only)';
  return '放款方可能没有放贷资质：不要通过它的“官方渠道”协商，请用报案材料和投诉信 (unlicensed lender: report it instead of negotiating)';
}
