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

describe('toValidationIssues', () => {
  it('the example debt is valid', () => {
    expect(caseFileSchema.safeParse({ version: 1, asOf: '2026-01-10', debts: [DEBT] }).success).toBe(true);
  });

  it('says 必填 for a field that is missing, whatever its kind', () => {
    expect(debtIssues({ lender: undefined })).toEqual([
      { path: 'debts[0].lender', message: '必填 (required)' },
    ]);
    expect(debtIssues({ principal: undefined })).toEqual([
      { path: 'debts[0].principal', message: '必填 (required)' },
    ]);
    expect(debtIssues({ lenderType: undefined })).toEqual([
      { path: 'debts[0].lenderType', message: '必填 (required)' },
    ]);
    expect(debtIssues({ terms: { method: 'equal_installment', annualRate: '0.18' } })).toEqual([
      { path: 'debts[0].terms.periods', message: '必填 (required)' },
    ]);
    expect(issuesOf(caseFileSchema, { asOf: '2026-01-10' })).toEqual([
      { path: 'version', message: '必填 (required)' },
      { path: 'debts', message: '必填 (required)' },
    ]);
  });

  it('says what was expected for a value of the wrong type, in the schema’s words when it has them', () => {
    expect(debtIssues({ terms: { ...DEBT.terms, periods: '十二' } })).toEqual([
      { path: 'debts[0].terms.periods', message: '应为整数 (expected a whole number)' },
    ]);
    expect(debtIssues({ lender: 5 })).toEqual([
      { path: 'debts[0].lender', message: '应为文字 (expected text)' },
    ]);
    expect(debtIssues({ principal: true })).toEqual([
      {
        path: 'debts[0].principal',
        message: '应为金额（字符串或数字） (expected an amount: string or number)',
      },
    ]);
    // null is a value, not a missing field.
    expect(debtIssues({ contractDate: null })).toEqual([
      {
        path: 'debts[0].contractDate',
        message: '应为日期字符串 YYYY-MM-DD (expected a date string YYYY-MM-DD)',
      },
    ]);
  });

  it('words the type itself where zod would answer in English', () => {
    expect(issuesOf(caseFileSchema, { version: 1, asOf: '2026-01-10', debts: {} })).toEqual([
      { path: 'debts', message: '类型错误，应为列表 [ ] (wrong type: expected a list [ ])' },
    ]);
    expect(debtIssues({ payments: [null] })).toEqual([
      {
        path: 'debts[0].payments[0]',
        message: '类型错误，应为对象 { } (wrong type: expected an object { })',
      },
    ]);
    expect(issuesOf(caseFileSchema, null)).toEqual([
      { path: '(根 root)', message: '类型错误，应为对象 { } (wrong type: expected an object { })' },
    ]);
    expect(issuesOf(z.strictObject({ on: z.boolean() }), { on: 'yes' })).toEqual([
      { path: 'on', message: '类型错误，应为布尔值 true 或 false (wrong type: expected true or false)' },
    ]);
  });

  it('keeps the schema’s message for a choice that is not one of the choices', () => {
    const contact = { at: '2026-11-03T22:40', channel: 'fax', direction: 'incoming' };
    expect(issuesOf(contactSchema, contact)).toEqual([
      { path: 'channel', message: expect.stringContaining('之一 (must be one of these)') },
    ]);
    const { channel: _channel, ...withoutChannel } = contact;
    expect(issuesOf(contactSchema, withoutChannel)).toEqual([
      { path: 'channel', message: '必填 (required)' },
    ]);
  });

  it('names unknown fields', () => {
    expect(debtIssues({ foo: 1, bar: 2 })).toEqual([
      { path: 'debts[0]', message: '未知字段 foo、bar (unknown field foo, bar)' },
    ]);
  });

  it('reads a case file’s text the same way', () => {
    const text = JSON.stringify({
      version: 1,
      asOf: '2026-01-10',
      debts: [{ ...DEBT, terms: { ...DEBT.terms, periods: '十二' }, lender: undefined }],
    });
    expect(parseCaseFileText(text)).toEqual({
      ok: false,
      issues: [
        { path: 'debts[0].lender', message: '必填 (required)' },
        { path: 'debts[0].terms.periods', message: '应为整数 (expected a whole number)' },
      ],
    });
  });
});
