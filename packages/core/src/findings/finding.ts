import type { CalendarDate } from '../dates/calendar-date.js';
import type { CapBasis } from '../law/cap-rules.js';
import type { CitationId } from '../law/citations.js';
import type { LprStatus } from '../lpr/lpr-quotation.js';
import type { Fen } from '../money/fen.js';

/**
 * What makes a lender look unlicensed when the person did not say so: a term of 14 days or less
 * together with a fifth or more of the principal deducted at payout (the 714高炮 pattern).
 */
export type UnlicensedSign = 'declared' | 'short_term' | 'large_deduction';

export type Severity = 'info' | 'warning' | 'high';

/**
 * Everything the analysis can say about a debt, as a code with typed parameters. Text is rendered
 * at the edge from the message catalogs (zh-CN, en), so parameters can never be swapped in the text.
 */
export type FindingFacts =
  | { code: 'upfront_deduction'; params: { principal: Fen; received: Fen; deducted: Fen } }
  | { code: 'apr_above_cap'; params: { apr: number; cap: number; basis: CapBasis } }
  | { code: 'apr_above_24'; params: { apr: number } }
  | { code: 'apr_above_36'; params: { apr: number } }
  | { code: 'overdue_charges_above_cap'; params: { overdueRate: number; cap: number } }
  | { code: 'claim_above_supported'; params: { claimed: Fen; supported: Fen; excess: Fen } }
  | { code: 'claim_above_contract'; params: { claimed: Fen; contractAmount: Fen; difference: Fen } }
  | { code: 'overpaid'; params: { overpaid: Fen } }
  | {
      code: 'limitation_possibly_expired';
      params: { since: CalendarDate; years: number; expiredOn: CalendarDate };
    }
  | { code: 'supported_limited_to_claim'; params: { claimed: Fen; computed: Fen } }
  | { code: 'card_due_date_missing'; params: Record<string, never> }
  | { code: 'card_due_date_assumed'; params: { assumed: CalendarDate } }
  | { code: 'pre_reform_interest_stands'; params: { retained: Fen } }
  | { code: 'interest_free_overdue'; params: { lprRate: number; from: CalendarDate } }
  | { code: 'late_fees_excessive'; params: { lateFees: Fen; loss: Fen; threshold: Fen } }
  | {
      code: 'creditor_changed';
      params: { kind: 'guarantor' | 'assignee'; name: string; date: CalendarDate; paid: Fen | null };
    }
  | { code: 'lpr_unconfirmed'; params: { date: CalendarDate; status: LprStatus } }
  | { code: 'credit_card_large_principal'; params: { principal: Fen } }
  | { code: 'transitional_contract'; params: { contractDate: CalendarDate; laterCap: number } }
  | { code: 'unlicensed_lender'; params: { declared: boolean; signs: UnlicensedSign[] } }
  | { code: 'lender_type_unknown'; params: Record<string, never> }
  | {
      code: 'rate_not_computable';
      params: { reason: 'no_terms' | 'no_card_rate' | 'no_sign_change' | 'no_root' };
    }
  | { code: 'multiple_rates'; params: { signChanges: number; roots: number[] } }
  | { code: 'lpr_stale'; params: { latestDate: CalendarDate | null; asOf: CalendarDate } };

export type FindingCode = FindingFacts['code'];

export type Finding = FindingFacts & { severity: Severity; citations: CitationId[] };

export type ParamsOf<C extends FindingCode> = Extract<FindingFacts, { code: C }>['params'];
