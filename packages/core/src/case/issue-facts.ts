import type { NotApplicableReason } from '../documents/applicable-kinds.js';
import type { DocumentKind } from '../documents/document-kinds.js';
import type { MoneyParseError } from '../money/parse-money.js';

type NoParams = Record<string, never>;

/** The kinds of value a field takes, as a person names them: what a wrong type was expected to be. */
export type ValueKind =
  | 'text'
  | 'number'
  | 'whole_number'
  | 'boolean'
  | 'list'
  | 'object'
  | 'amount'
  | 'rate'
  | 'date'
  | 'date_time'
  | 'instant'
  | 'fee_timing'
  | 'value';

/** What a size bound is about: a number's value, a text's characters, a list's items. */
export type SizeOrigin = 'number' | 'text' | 'list' | 'value';

/**
 * Every problem the core finds in its input, as a code with typed parameters. The words are
 * rendered at the edge from the catalogs (i18n/validation-messages.ts), so a front end shows its
 * own text for a code and never parses a message.
 */
export type ValidationIssueFacts =
  // Any field
  | { code: 'required'; params: NoParams }
  | { code: 'wrong_type'; params: { expected: ValueKind } }
  | { code: 'unknown_fields'; params: { keys: string[] } }
  | { code: 'not_one_of'; params: { allowed: string[] } }
  | { code: 'too_small'; params: { origin: SizeOrigin; minimum: number; inclusive: boolean } }
  | { code: 'too_big'; params: { origin: SizeOrigin; maximum: number; inclusive: boolean } }
  | { code: 'out_of_range'; params: { minimum: number; maximum: number } }
  | { code: 'invalid_format'; params: NoParams }
  | { code: 'invalid'; params: NoParams }
  // Files and text
  | { code: 'invalid_json'; params: { line?: number; column?: number } }
  | { code: 'file_too_large'; params: { limitBytes: number } }
  | { code: 'unsupported_version'; params: { supported: number } }
  // Field types
  | { code: 'invalid_amount'; params: { reason: MoneyParseError } }
  | { code: 'amount_not_positive'; params: NoParams }
  | { code: 'amount_negative'; params: NoParams }
  | { code: 'invalid_date'; params: NoParams }
  | { code: 'invalid_date_time'; params: NoParams }
  | { code: 'invalid_rate'; params: NoParams }
  | { code: 'rate_too_high'; params: { max: number } }
  | { code: 'invalid_percent'; params: NoParams }
  | { code: 'invalid_debt_id'; params: NoParams }
  | { code: 'invalid_card_last4'; params: NoParams }
  | { code: 'invalid_phone'; params: NoParams }
  | { code: 'invalid_id_number'; params: NoParams }
  | { code: 'invalid_sha256'; params: NoParams }
  // Rules across fields
  | { code: 'rate_missing'; params: NoParams }
  | { code: 'rate_repeated'; params: { given: string[] } }
  | { code: 'flat_fee_needs_fee_rate'; params: NoParams }
  | { code: 'received_above_principal'; params: NoParams }
  | { code: 'before_contract'; params: { contractDate: string } }
  | { code: 'before_card_opened'; params: { opened: string } }
  | { code: 'before_first_missed_due'; params: { firstMissedDueDate: string } }
  | { code: 'card_needs_credit_card'; params: NoParams }
  | { code: 'claim_parts_above_total'; params: { parts: number; total: number } }
  | { code: 'duplicate_id'; params: { id: string } }
  | { code: 'after_as_of'; params: { asOf: string } }
  | { code: 'not_after_previous'; params: { previous: string } }
  | { code: 'before_lpr_reform'; params: { reform: string } }
  | { code: 'after_today'; params: { today: string } }
  | { code: 'instalments_sum_mismatch'; params: { sum: number; total: number } }
  // Use-cases
  | { code: 'no_sign_change'; params: NoParams }
  | { code: 'no_rate_found'; params: NoParams }
  | { code: 'no_messages'; params: NoParams }
  | { code: 'message_too_long'; params: { number: number; max: number } }
  | { code: 'debt_needs_case_file'; params: NoParams }
  | { code: 'unknown_debt'; params: { id: string; known: string[] } }
  | {
      code: 'kind_not_applicable';
      params: { kind: DocumentKind; reason: NotApplicableReason; applicable: DocumentKind[] };
    };

export type ValidationIssueCode = ValidationIssueFacts['code'];

export type ValidationIssueParams<C extends ValidationIssueCode> = Extract<
  ValidationIssueFacts,
  { code: C }
>['params'];

/** The shape every issue code shares, the core's and those of the layers above it. */
export interface IssueFacts {
  code: string;
  params: object;
}
