// Worked example: a private loan of 2019 at 36 %, with payments before and after 2020-08-20.
// 100,000 lent on 2019-06-01, interest only at 36 % a year (3,000 a month), principal due after 36
// months. Twelve payments of 3,000 (2019-07-01 … 2020-06-01), then 10,000 on 2021-03-01.
//
// The rules (legal.md §3.2 and §14 K4): up to 2020-08-19 the 2015 rules apply — 24 % is enforced
// (2015 第26条), and interest between 24 % and 36 % that was paid voluntarily stands: it is neither
// refunded nor offset against principal (2015 第31条). From 2020-08-20, 4 × the one-year LPR at the
// time of suit (assumed: asOf 2025-01-15, LPR 3.10 % → 12.4 %).
//
// Independent figures (scripts/reference-worked-examples.py, case "private-2019-36"):
//   interest paid in the 24–36 % band before the reform, kept by the lender: 11,902.22
//   principal outstanding 99,958.90; interest outstanding 49,897.56; likely supported 149,856.46
// The old method offset that band against principal; it no longer does.
import { describe, expect, it } from 'vitest';
import { analyseCase, withinFen } from './analyse-case.js';

const monthly = Array.from({ length: 12 }, (_, k) => {
  const month = ((5 + k + 1) % 12) + 1;
  const year = 2019 + Math.floor((5 + k + 1) / 12);
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, amount: '3000' };
});
const caseFile = {
  version: 1,
  asOf: '2025-01-15',
  debts: [
    {
      id: 'friend-2019',
      lender: '李四',
      lenderType: 'private',
      contractDate: '2019-06-01',
      principal: '100000',
      terms: { method: 'interest_only', periods: 36, annualRate: '0.36' },
      payments: [...monthly, { date: '2021-03-01', amount: '10000' }],
    },
  ],
};

describe('worked example: a private loan of 2019 at 36 %', () => {
  const { debt } = analyseCase(caseFile);

  it('keeps the interest paid between 24 % and 36 % before 2020-08-20 (not offset against principal)', () => {
    const applied = debt.legal.scenarios.find((s) => s.applied);
    expect(withinFen(applied?.amount.retained ?? 0, '11902.22', 10)).toBe(true);
    expect(debt.findings.map((f) => f.code)).toContain('pre_reform_interest_stands');
  });

  it('supports about 149,856.46 (the reference, within 20 fen over 80 boundaries)', () => {
    expect(withinFen(debt.legal.principalOutstanding, '99958.90', 20)).toBe(true);
    expect(withinFen(debt.legal.supported, '149856.46', 20)).toBe(true);
    expect(debt.legal.overpaid).toBe(0);
  });
});
