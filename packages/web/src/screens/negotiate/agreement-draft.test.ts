import { agreementSchema, toValidationIssues } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import {
  agreementIssues,
  emptyAgreement,
  evenInstalments,
  instalmentSum,
  toAgreementBody,
} from './agreement-draft';

describe('evenInstalments', () => {
  it('splits to the fen, monthly, clamping to month ends', () => {
    const split = evenInstalments('1,000', '3', '2026-01-31');
    expect(split).toEqual({
      ok: true,
      instalments: [
        { dueOn: '2026-01-31', amount: '333.34' },
        { dueOn: '2026-02-28', amount: '333.33' },
        { dueOn: '2026-03-31', amount: '333.33' },
      ],
    });
  });

  it('names what is missing', () => {
    expect(evenInstalments('', '3', '2026-01-31')).toEqual({ ok: false, field: 'total' });
    expect(evenInstalments('1000', '0', '2026-01-31')).toEqual({ ok: false, field: 'count' });
    expect(evenInstalments('1000', '2.5', '2026-01-31')).toEqual({ ok: false, field: 'count' });
    expect(evenInstalments('1000', '3', '2026-02-30')).toEqual({ ok: false, field: 'firstDue' });
  });
});

describe('toAgreementBody', () => {
  it('builds what the core schema accepts, leaving empty fields out', () => {
    const body = toAgreementBody({
      ...emptyAgreement(),
      total: ' 2000 ',
      certificateDays: '10',
      instalments: [
        { dueOn: '2026-12-05', amount: '1000' },
        { dueOn: '2027-01-05', amount: '1000' },
      ],
    });
    expect(body).toEqual({
      total: '2000',
      terms: { certificateDays: 10 },
      instalments: [
        { dueOn: '2026-12-05', amount: '1000' },
        { dueOn: '2027-01-05', amount: '1000' },
      ],
    });
    expect(agreementSchema.safeParse(body).success).toBe(true);
  });

  it('lets the schema name every bad field', () => {
    const body = toAgreementBody({
      ...emptyAgreement(),
      total: '100',
      certificateDays: 'ten',
      instalments: [{ dueOn: '', amount: '50' }],
    });
    const parsed = agreementSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? new Map() : agreementIssues(toValidationIssues(parsed.error, body), 'zh');
    expect([...issues.keys()].sort()).toEqual(['instalments[0].dueOn', 'terms.certificateDays']);
  });
});

describe('instalmentSum', () => {
  it('adds the rows in fen, or waits for every row to be an amount', () => {
    expect(
      instalmentSum([
        { dueOn: '', amount: '0.1' },
        { dueOn: '', amount: '0.2' },
      ]),
    ).toBe(30);
    expect(instalmentSum([{ dueOn: '', amount: '1万' }])).toBe(1_000_000);
    expect(instalmentSum([{ dueOn: '', amount: '' }])).toBeUndefined();
  });
});
