import type { CaseFileInput } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { debtDocuments, warnsOfLimitation } from './debt-documents';

const caseFile: CaseFileInput = {
  version: 1,
  asOf: '2026-11-20',
  debts: [
    {
      id: 'bank',
      lender: '某银行',
      lenderType: 'bank',
      contractDate: '2025-05-10',
      principal: '10000',
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.1' },
    },
    {
      id: 'gaopao',
      lender: '某714借款APP',
      lenderType: 'unlicensed',
      contractDate: '2026-11-01',
      principal: '2000',
      received: '1400',
      schedule: [{ date: '2026-11-08', amount: '2000' }],
    },
    {
      id: 'old',
      lender: '某消费金融',
      lenderType: 'consumer_finance',
      contractDate: '2019-01-10',
      principal: '5000',
      schedule: [{ date: '2019-07-10', amount: '5300' }],
    },
  ],
};

describe('debtDocuments', () => {
  const documents = debtDocuments(caseFile);

  it('offers the letters for a licensed lender', () => {
    expect(documents.get('bank')?.kinds).toContain('negotiation');
    expect(documents.get('bank')?.kinds).not.toContain('police_report');
  });

  it('offers the police report, and no negotiation, for an unlicensed lender', () => {
    expect(documents.get('gaopao')).toMatchObject({ unlicensed: true });
    expect(documents.get('gaopao')?.kinds.slice(0, 2)).toEqual(['police_report', 'complaint']);
    expect(documents.get('gaopao')?.kinds).not.toContain('negotiation');
  });

  it('puts the limitation defence first and warns before a letter that acknowledges the debt', () => {
    const old = documents.get('old');
    expect(old?.kinds[0]).toBe('limitation_defence');
    expect(warnsOfLimitation(old, 'negotiation')).toBe(true);
    expect(warnsOfLimitation(old, 'payment_order_objection')).toBe(false);
    expect(warnsOfLimitation(documents.get('bank'), 'negotiation')).toBe(false);
  });
});
