// Worked example: a guarantee company's claim after it paid the bank (代偿).
// A bank loan of 20,000 (2024-06-01, 12 months at 20 %, plus a 100-yuan guarantee fee a month: a true
// rate of about 30.30 %); four instalments paid; the guarantee company paid the bank 16,000 on
// 2025-01-10 and now claims 22,800 (2026-06-01).
//
// The rule (legal.md §14 K12): the guarantor recovers what it paid plus agreed charges (民法典
// 第700条), and never more than the bank could: the bank's rules apply — the 24 % reference on the
// comprehensive rate, 融资担保 fees counted in it.
//
// Independent figures (scripts/reference-worked-examples.py, case "guarantor-after-payment"):
//   true rate 30.30 % simple, above the 24 % reference
//   likely supported on 2026-06-01: 19,043.15 (principal 13,604.38, interest 5,438.77)
import { describe, expect, it } from 'vitest';
import { analyseCase, withinFen } from './analyse-case.js';

const paid = ['2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01'];
const caseFile = {
  version: 1,
  asOf: '2026-06-01',
  debts: [
    {
      id: 'guaranteed',
      lender: '某商业银行（助贷）',
      lenderType: 'bank',
      contractDate: '2024-06-01',
      principal: '20000',
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.2' },
      fees: [{ name: '担保费', amount: '100', when: 'per_period' }],
      payments: paid.map((date) => ({ date, amount: '1952.69' })),
      creditorChange: { kind: 'guarantor', name: '某融资担保有限公司', date: '2025-01-10', paid: '16000' },
      claimed: { date: '2026-06-01', total: '22800' },
    },
  ],
};

describe("worked example: a guarantee company's claim after 代偿", () => {
  const { debt } = analyseCase(caseFile);

  it('measures the claim by the bank’s rules: about 19,043.15 at the 24 % reference', () => {
    expect(Math.abs((debt.apr?.simple ?? 0) - 0.302994130672193)).toBeLessThan(1e-9);
    expect(withinFen(debt.legal.supported, '19043.15', 10)).toBe(true);
    expect(debt.legal.supported).toBeLessThan(debt.legal.claimed ?? 0);
  });

  it('says who the creditor is now and that every defence holds against it', () => {
    const finding = debt.findings.find((f) => f.code === 'creditor_changed');
    expect(finding?.params).toEqual({
      kind: 'guarantor',
      name: '某融资担保有限公司',
      date: '2025-01-10',
      paid: 1_600_000,
    });
    expect(finding?.citations).toContain('civil-code-700');
  });
});
