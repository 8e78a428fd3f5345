import { describe, expect, it } from 'vitest';
import type { ValidationIssueFacts } from '../case/issue-facts.js';
import { renderValidationIssue } from './validation-messages.js';

const HAN = /\p{Script=Han}/u;

/** One example of every code: the catalog is typed to have both languages, this reads them. */
const EXAMPLES: ValidationIssueFacts[] = [
  { code: 'required', params: {} },
  { code: 'wrong_type', params: { expected: 'whole_number' } },
  { code: 'unknown_fields', params: { keys: ['foo', 'bar'] } },
  { code: 'not_one_of', params: { allowed: ['phone', 'sms'] } },
  { code: 'too_small', params: { origin: 'list', minimum: 2, inclusive: true } },
  { code: 'too_big', params: { origin: 'text', maximum: 200, inclusive: true } },
  { code: 'out_of_range', params: { minimum: 0, maximum: 20 } },
  { code: 'invalid_format', params: {} },
  { code: 'invalid', params: {} },
  { code: 'invalid_json', params: { line: 3, column: 9 } },
  { code: 'file_too_large', params: { limitBytes: 2 * 1024 * 1024 } },
  { code: 'unsupported_version', params: { supported: 1 } },
  { code: 'invalid_amount', params: { reason: 'not_a_number' } },
  { code: 'amount_not_positive', params: {} },
  { code: 'amount_negative', params: {} },
  { code: 'invalid_date', params: {} },
  { code: 'invalid_date_time', params: {} },
  { code: 'invalid_rate', params: {} },
  { code: 'rate_too_high', params: { max: 10 } },
  { code: 'invalid_percent', params: {} },
  { code: 'invalid_debt_id', params: {} },
  { code: 'invalid_card_last4', params: {} },
  { code: 'invalid_phone', params: {} },
  { code: 'invalid_id_number', params: {} },
  { code: 'rate_missing', params: {} },
  { code: 'rate_repeated', params: { given: ['annualRate', 'monthlyRate'] } },
  { code: 'flat_fee_needs_fee_rate', params: {} },
  { code: 'received_above_principal', params: {} },
  { code: 'before_contract', params: { contractDate: '2025-01-10' } },
  { code: 'before_card_opened', params: { opened: '2020-03-01' } },
  { code: 'before_first_missed_due', params: { firstMissedDueDate: '2025-06-05' } },
  { code: 'card_needs_credit_card', params: {} },
  { code: 'claim_parts_above_total', params: { parts: 120_000, total: 100_000 } },
  { code: 'duplicate_id', params: { id: 'd1' } },
  { code: 'after_as_of', params: { asOf: '2026-01-10' } },
  { code: 'not_after_previous', params: { previous: '2026-12-10' } },
  { code: 'before_lpr_reform', params: { reform: '2019-08-20' } },
  { code: 'after_today', params: { today: '2026-11-21' } },
  { code: 'instalments_sum_mismatch', params: { sum: 300_000, total: 300_001 } },
  { code: 'no_sign_change', params: {} },
  { code: 'no_rate_found', params: {} },
  { code: 'no_messages', params: {} },
  { code: 'message_too_long', params: { number: 2, max: 20_000 } },
  { code: 'debt_needs_case_file', params: {} },
  { code: 'unknown_debt', params: { id: 'nope', known: ['card', 'zl'] } },
  {
    code: 'kind_not_applicable',
    params: { kind: 'negotiation', reason: 'unlicensed_lender', applicable: ['police_report', 'complaint'] },
  },
];

describe('renderValidationIssue', () => {
  it('words every code in Chinese and in English without a Chinese character', () => {
    for (const issue of EXAMPLES) {
      expect(renderValidationIssue(issue, 'zh'), issue.code).toMatch(HAN);
      expect(renderValidationIssue(issue, 'en'), issue.code).not.toMatch(HAN);
    }
  });

  it('puts each parameter where it belongs', () => {
    const sum = { code: 'instalments_sum_mismatch', params: { sum: 300_000, total: 300_001 } } as const;
    expect(renderValidationIssue(sum, 'zh')).toBe('各期金额合计 3,000.00 元，与协议总额 3,000.01 元不一致');
    expect(renderValidationIssue(sum, 'en')).toBe(
      'the instalments add up to ¥3,000.00, not the total ¥3,000.01',
    );
    const bound = { code: 'too_big', params: { origin: 'text', maximum: 200, inclusive: true } } as const;
    expect(renderValidationIssue(bound, 'zh')).toBe('不能超过 200 个字符');
    expect(renderValidationIssue(bound, 'en')).toBe('at most 200 characters');
    expect(renderValidationIssue({ code: 'not_one_of', params: { allowed: ['a', 'b'] } }, 'en')).toBe(
      'must be one of a | b',
    );
  });
});
