// Worked example: an interest-free IOU between friends, overdue.
// 50,000 lent on 2023-05-01, to be repaid on 2024-05-01, no interest agreed; 10,000 repaid on
// 2024-10-01; asOf 2026-12-01.
//
// The rule (legal.md §14 K6): no interest in the term (民法典 第680条); from the overdue date the
// lender may claim overdue interest (规定 第28条第2款第1项), which courts usually measure at the
// one-year LPR — here the 3.45 % in force on 2024-05-02. Courts differ: "usually", not a rule.
//
// Independent figures (scripts/reference-worked-examples.py, case "interest-free-iou"):
//   2024-05-02 … 2024-10-01: 50,000 × 3.45 % × 152/365 = 718.36; the 10,000 pays that, then
//   9,281.64 of principal → 40,718.36; then to 2026-12-01: interest 3,044.34
//   likely supported: 43,762.70
import { describe, expect, it } from 'vitest';
import { analyseCase, withinFen } from './analyse-case.js';

const caseFile = {
  version: 1,
  asOf: '2026-12-01',
  debts: [
    {
      id: 'iou',
      lender: '王五',
      lenderType: 'private',
      contractDate: '2023-05-01',
      principal: '50000',
      schedule: [{ date: '2024-05-01', amount: '50000' }],
      payments: [{ date: '2024-10-01', amount: '10000' }],
    },
  ],
};

describe('worked example: an interest-free IOU', () => {
  const { debt } = analyseCase(caseFile);

  it('bears overdue interest at the one-year LPR from the overdue date: about 43,762.70', () => {
    expect(withinFen(debt.legal.principalOutstanding, '40718.36', 2)).toBe(true);
    expect(withinFen(debt.legal.supported, '43762.70', 3)).toBe(true);
    const finding = debt.findings.find((f) => f.code === 'interest_free_overdue');
    expect(finding?.params).toEqual({ lprRate: 0.0345, from: '2024-05-02' });
  });
});
