import { describe, expect, it } from 'vitest';
import { toValidationIssues } from '../case/validation-issue.js';
import { type AgreementInput, agreementSchema, DEFAULT_CERTIFICATE_DAYS } from './agreement-schema.js';

const VALID: AgreementInput = {
  signedOn: '2026-11-20',
  total: '3000',
  terms: { waived: '1200.50', notes: '减免全部罚息' },
  instalments: [
    { dueOn: '2026-12-10', amount: '1000' },
    { dueOn: '2027-01-10', amount: 1000 },
    { dueOn: '2027-02-10', amount: '1000.00' },
  ],
};

function issues(input: unknown) {
  const parsed = agreementSchema.safeParse(input);
  return parsed.success ? [] : toValidationIssues(parsed.error, input);
}

describe('agreementSchema', () => {
  it('parses money to fen and fills in the certificate days', () => {
    const parsed = agreementSchema.parse(VALID);
    expect(parsed.total).toBe(300_000);
    expect(parsed.terms).toEqual({
      waived: 120_050,
      notes: '减免全部罚息',
      certificateDays: 15,
      graceDays: 0,
    });
    expect(parsed.instalments.map((instalment) => instalment.amount)).toEqual([100_000, 100_000, 100_000]);
  });

  it('defaults the terms when they are left out', () => {
    const { terms: _terms, ...rest } = VALID;
    expect(agreementSchema.parse(rest).terms).toEqual({
      certificateDays: DEFAULT_CERTIFICATE_DAYS,
      graceDays: 0,
    });
  });

  it('requires the instalments to add up to the total, to the fen', () => {
    const found = issues({ ...VALID, total: '3000.01' });
    expect(found).toEqual([
      { path: 'instalments', code: 'instalments_sum_mismatch', params: { sum: 300_000, total: 300_001 } },
    ]);
  });

  it('requires strictly increasing due dates, naming the instalment', () => {
    const instalments = [
      { dueOn: '2026-12-10', amount: '1500' },
      { dueOn: '2026-12-10', amount: '1500' },
    ];
    expect(issues({ ...VALID, instalments })).toEqual([
      { path: 'instalments[1].dueOn', code: 'not_after_previous', params: { previous: '2026-12-10' } },
    ]);
  });

  it('names each bad field by its path', () => {
    const found = issues({
      signedOn: '2026-02-30',
      total: 'abc',
      terms: { certificateDays: 1.5, extra: true },
      instalments: [{ dueOn: '2026-12-10', amount: '-5' }],
    });
    expect(found.map((issue) => issue.path).sort()).toEqual([
      'instalments[0].amount',
      'signedOn',
      'terms',
      'terms.certificateDays',
      'total',
    ]);
  });

  it('needs at least one instalment', () => {
    expect(issues({ ...VALID, instalments: [] })).toEqual([
      { path: 'instalments', code: 'too_small', params: { origin: 'list', minimum: 1, inclusive: true } },
    ]);
  });
});
