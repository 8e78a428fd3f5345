import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { decideCap } from './cap-rules.js';
import { CITATIONS } from './citations.js';

const lpr = createLprTable();
const asOf = date('2026-11-20');

describe('decideCap', () => {
  it('private lending: 4 × the one-year LPR at formation — 4 × 3.85 % = 15.4 % on 2021-03-01', () => {
    const cap = decideCap({ lenderType: 'private', contractDate: date('2021-03-01'), asOf, lpr });
    expect(cap.basis).toBe('lpr4x_at_contract');
    expect(cap.strength).toBe('statutory');
    expect(Math.abs(cap.rate - 0.154)).toBeLessThan(1e-9);
    expect(cap.lpr?.date).toBe('2021-02-22');
    expect(cap.citations).toContain('spc-private-lending-2020b-25');
  });

  it('private lending on 2024-03-10 uses the quotation of 2024-02-20 (3.45 % → 13.8 %)', () => {
    const cap = decideCap({ lenderType: 'private', contractDate: date('2024-03-10'), asOf, lpr });
    expect(cap.lpr?.date).toBe('2024-02-20');
    expect(Math.abs(cap.rate - 0.138)).toBeLessThan(1e-9);
  });

  it('private contract before 2020-08-20: 24 % until 2020-08-19, then 4 × LPR at suit (asOf)', () => {
    const cap = decideCap({ lenderType: 'private', contractDate: date('2019-05-01'), asOf, lpr });
    expect(cap.basis).toBe('transitional_split');
    expect(cap.segments).toEqual([
      { from: null, rate: 0.24 },
      { from: '2020-08-20', rate: 0.12 },
    ]);
  });

  it.each(['bank', 'consumer_finance', 'microloan', 'other_licensed'] as const)(
    '%s: the 24 %% court reference, labelled reference',
    (lenderType) => {
      const cap = decideCap({ lenderType, contractDate: date('2024-03-10'), asOf, lpr });
      expect(cap).toMatchObject({ basis: 'financial_24_reference', strength: 'reference', rate: 0.24 });
    },
  );

  it('microloan cites the SPC reply that takes 小贷 out of the private-lending rules', () => {
    const cap = decideCap({ lenderType: 'microloan', contractDate: date('2024-03-10'), asOf, lpr });
    expect(cap.citations).toContain('spc-reply-2020-27');
  });

  it('credit card: no fixed cap, 24 % as reference, citing the bank-card rules', () => {
    const cap = decideCap({ lenderType: 'credit_card', contractDate: date('2024-03-10'), asOf, lpr });
    expect(cap).toMatchObject({ basis: 'credit_card_24_reference', strength: 'reference', rate: 0.24 });
    expect(cap.citations).toContain('spc-bank-card-2021-2');
  });

  it('unlicensed: at most the principal received plus the one-year LPR (3.45 % on 2024-03-10), as a reference', () => {
    const cap = decideCap({ lenderType: 'unlicensed', contractDate: date('2024-03-10'), asOf, lpr });
    expect(cap).toMatchObject({ basis: 'unlicensed_lpr_at_most', strength: 'reference' });
    expect(Math.abs(cap.rate - 0.0345)).toBeLessThan(1e-12);
    expect(cap.citations).toContain('criminal-law-293-1');
  });

  it('unknown lender type: the cautious 24 % headline', () => {
    const cap = decideCap({ lenderType: 'unknown', contractDate: date('2024-03-10'), asOf, lpr });
    expect(cap).toMatchObject({ basis: 'unknown_24_reference', rate: 0.24 });
  });
});

describe('citations', () => {
  it('shows only confirmed (C) or secondary (S) sources: nothing unverified is cited', () => {
    for (const citation of Object.values(CITATIONS)) expect(['C', 'S']).toContain(citation.confidence);
  });

  it('never cites the articles legal.md lists as wrong (民法典 第671条 for rate caps)', () => {
    for (const citation of Object.values(CITATIONS)) expect(citation.article).not.toContain('第671条');
  });

  it('every citation has its id as key, a version and a source', () => {
    for (const [key, citation] of Object.entries(CITATIONS)) {
      expect(citation.id).toBe(key);
      expect(citation.version.length).toBeGreaterThan(0);
      expect(citation.source.length).toBeGreaterThan(0);
    }
  });
});
