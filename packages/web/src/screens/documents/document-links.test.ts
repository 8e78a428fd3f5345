import { describe, expect, it } from 'vitest';
import { documentHref, documentRequest, documentsRest, parseDocumentsRest } from './document-links';

describe('documentHref', () => {
  it('asks for one debt and one format, with the full numbers by default', () => {
    expect(documentHref(documentRequest('c1', 'bank-10k', 'agreement', 'md', false))).toBe(
      '/api/cases/c1/documents/agreement?debt=bank-10k&format=md',
    );
  });

  it('adds mask=true for the copy to share', () => {
    expect(documentHref(documentRequest('c1', 'd_2', 'credit_objection', 'docx', true))).toBe(
      '/api/cases/c1/documents/credit_objection?debt=d_2&format=docx&mask=true',
    );
  });
});

describe('parseDocumentsRest', () => {
  const debts = ['bank-10k', 'app-10k'];

  it('reads the debt and the kind of a deep link', () => {
    expect(parseDocumentsRest('app-10k/negotiation', debts)).toEqual({
      debtId: 'app-10k',
      kind: 'negotiation',
    });
  });

  it('falls back to the first debt and the call script', () => {
    expect(parseDocumentsRest('', debts)).toEqual({ debtId: 'bank-10k', kind: 'script' });
    expect(parseDocumentsRest('gone/letter', debts)).toEqual({ debtId: 'bank-10k', kind: 'script' });
    expect(parseDocumentsRest('%E0%A4%A/agreement', debts)).toEqual({
      debtId: 'bank-10k',
      kind: 'agreement',
    });
  });

  it('has no debt when the case has none', () => {
    expect(parseDocumentsRest('x/hardship', [])).toEqual({ debtId: undefined, kind: 'hardship' });
  });

  it('round-trips with documentsRest', () => {
    const rest = documentsRest('app-10k', 'payment_order_objection');
    expect(parseDocumentsRest(rest, debts)).toEqual({ debtId: 'app-10k', kind: 'payment_order_objection' });
  });
});
