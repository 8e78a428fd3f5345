import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseFileSchema } from './case-schema.js';
import { contactSchema } from './contact-schema.js';
import { parseCaseFileText } from './parse-case-file.js';
import { toValidationIssues, type ValidationIssue } from './validation-issue.js';

const DEBT = {
  id: 'd1',
  lender: '测试',
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
  terms: { method: 'equal_installment', periods: 12, annualRate: '0.18' },
};

/** The issues of a case file holding one debt with `changes` (undefined leaves a field out). */
function debtIssues(changes: Record<string, unknown>): ValidationIssue[] {
  const file = { version: 1, asOf: '2026-01-10', debts: [{ ...DEBT, ...changes }] };
  const parsed = caseFileSchema.safeParse(file);
  if (parsed.success) throw new Error('expected the file to be refused');
  return toValidationIssues(parsed.error, file);
}

function issuesOf(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return toValidationIssues(parsed.error, input);
}

const REQUIRED = { code: 'required', params: {} };
const wrongType = (expected: string) => ({ code: 'wrong_type', params: { expected } });

describe('toValidationIssues', () => {
  it('the example debt is valid', () => {
    expect(caseFileSchema.safeParse({ version: 1, asOf: '2026-01-10', debts: [DEBT] }).success).toBe(true);
  });

  it('says required for a field that is missing, whatever its kind', () => {
    expect(debtIssues({ lender: undefined })).toEqual([{ path: 'debts[0].lender', ...REQUIRED }]);
    expect(debtIssues({ principal: undefined })).toEqual([{ path: 'debts[0].principal', ...REQUIRED }]);
    expect(debtIssues({ lenderType: undefined })).toEqual([{ path: 'debts[0].lenderType', ...REQUIRED }]);
    expect(debtIssues({ terms: { method: 'equal_installment', annualRate: '0.18' } })).toEqual([
      { path: 'debts[0].terms.periods', ...REQUIRED },
    ]);
    expect(issuesOf(caseFileSchema, { asOf: '2026-01-10' })).toEqual([
      { path: 'version', ...REQUIRED },
      { path: 'debts', ...REQUIRED },
    ]);
  });

  it('says what was expected for a value of the wrong type, in the field’s own kind', () => {
    expect(debtIssues({ terms: { ...DEBT.terms, periods: '十二' } })).toEqual([
      { path: 'debts[0].terms.periods', ...wrongType('whole_number') },
    ]);
    expect(debtIssues({ terms: { ...DEBT.terms, periods: 1.5 } })).toEqual([
      { path: 'debts[0].terms.periods', ...wrongType('whole_number') },
    ]);
    expect(debtIssues({ lender: 5 })).toEqual([{ path: 'debts[0].lender', ...wrongType('text') }]);
    expect(debtIssues({ principal: true })).toEqual([{ path: 'debts[0].principal', ...wrongType('amount') }]);
    // null is a value, not a missing field.
    expect(debtIssues({ contractDate: null })).toEqual([
      { path: 'debts[0].contractDate', ...wrongType('date') },
    ]);
  });

  it('names the JSON kind where the schema states none', () => {
    expect(issuesOf(caseFileSchema, { version: 1, asOf: '2026-01-10', debts: {} })).toEqual([
      { path: 'debts', ...wrongType('list') },
    ]);
    expect(debtIssues({ payments: [null] })).toEqual([
      { path: 'debts[0].payments[0]', ...wrongType('object') },
    ]);
    // The whole input is the empty path: each front end words it its own way.
    expect(issuesOf(caseFileSchema, null)).toEqual([{ path: '', ...wrongType('object') }]);
    expect(issuesOf(z.strictObject({ on: z.boolean() }), { on: 'yes' })).toEqual([
      { path: 'on', ...wrongType('boolean') },
    ]);
  });

  it('lists the choices for a value that is not one of them', () => {
    const contact = { at: '2026-11-03T22:40', channel: 'fax', direction: 'incoming' };
    expect(issuesOf(contactSchema, contact)).toEqual([
      {
        path: 'channel',
        code: 'not_one_of',
        params: { allowed: ['phone', 'sms', 'app', 'wechat', 'email', 'letter', 'visit', 'other'] },
      },
    ]);
    const { channel: _channel, ...withoutChannel } = contact;
    expect(issuesOf(contactSchema, withoutChannel)).toEqual([{ path: 'channel', ...REQUIRED }]);
  });

  it('keeps the bounds of a value out of range', () => {
    expect(debtIssues({ terms: { ...DEBT.terms, periods: 0 } })).toEqual([
      {
        path: 'debts[0].terms.periods',
        code: 'too_small',
        params: { origin: 'number', minimum: 1, inclusive: true },
      },
    ]);
    expect(debtIssues({ lender: 'x'.repeat(201) })).toEqual([
      { path: 'debts[0].lender', code: 'too_big', params: { origin: 'text', maximum: 200, inclusive: true } },
    ]);
    expect(debtIssues({ terms: { ...DEBT.terms, annualRate: '18' } })).toEqual([
      { path: 'debts[0].terms.annualRate', code: 'rate_too_high', params: { max: 10 } },
    ]);
  });

  it('names unknown fields', () => {
    expect(debtIssues({ foo: 1, bar: 2 })).toEqual([
      { path: 'debts[0]', code: 'unknown_fields', params: { keys: ['foo', 'bar'] } },
    ]);
  });

  it('states the rules across fields with the values they compare', () => {
    expect(debtIssues({ payments: [{ date: '2024-12-31', amount: '100' }] })).toEqual([
      { path: 'debts[0].payments[0].date', code: 'before_contract', params: { contractDate: '2025-01-10' } },
    ]);
    const file = { version: 1, asOf: '2026-01-10', debts: [DEBT, DEBT] };
    expect(issuesOf(caseFileSchema, file)).toEqual([
      { path: 'debts[1].id', code: 'duplicate_id', params: { id: 'd1' } },
    ]);
    expect(debtIssues({ principal: '1.234' })).toEqual([
      { path: 'debts[0].principal', code: 'invalid_amount', params: { reason: 'too_many_decimals' } },
    ]);
  });

  it('reads a case file’s text the same way, and names a syntax error by line and column', () => {
    const text = JSON.stringify({
      version: 1,
      asOf: '2026-01-10',
      debts: [{ ...DEBT, terms: { ...DEBT.terms, periods: '十二' }, lender: undefined }],
    });
    expect(parseCaseFileText(text)).toEqual({
      ok: false,
      issues: [
        { path: 'debts[0].lender', ...REQUIRED },
        { path: 'debts[0].terms.periods', ...wrongType('whole_number') },
      ],
    });
    expect(parseCaseFileText('{\n  "version": 1,\n  "asOf" "2026-01-10"\n}')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'invalid_json', params: { line: 3, column: 10 } }],
    });
  });
});
