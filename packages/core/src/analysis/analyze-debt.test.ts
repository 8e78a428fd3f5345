import { describe, expect, it } from 'vitest';
import type { CaseFileInput } from '../case/case-schema.js';
import { validateCaseFile } from '../case/parse-case-file.js';
import { date } from '../dates/calendar-date.js';
import { addDays, addMonths } from '../dates/date-arithmetic.js';
import { createLprTable } from '../lpr/lpr-table.js';
import { yuan } from '../money/parse-money.js';
import { analyzeCase } from './analyze-case.js';

type DebtInput = CaseFileInput['debts'][number];
const lpr = createLprTable();

function analyzeOne(debt: Partial<DebtInput>, asOf = '2026-11-20') {
  const file = validateCaseFile({
    version: 1,
    asOf,
    debts: [
      {
        id: 'd1',
        lender: '测试',
        lenderType: 'microloan',
        contractDate: '2024-03-10',
        principal: '10000',
        ...debt,
      },
    ],
  });
  if (!file.ok) throw new Error(JSON.stringify(file.issues));
  const [result] = analyzeCase(file.value, lpr).debts;
  if (!result) throw new Error('no debt');
  return result;
}

const codes = (analysis: ReturnType<typeof analyzeOne>) => analysis.findings.map((f) => f.code);
const monthly = (start: string, count: number, amount: string) =>
  Array.from({ length: count }, (_, i) => ({ date: addMonths(date(start), i + 1), amount }));

describe('analyzeDebt', () => {
  it('PBOC example as a case: 100,000 borrowed, 1,000 fee upfront, 12 × 8,833.3 → 12.80 % / 13.58 % by IRR', () => {
    const result = analyzeOne({
      lenderType: 'bank',
      principal: '100000',
      fees: [{ name: '服务费', amount: '1000', when: 'upfront' }],
      schedule: monthly('2024-03-10', 12, '8833.3'),
      payments: monthly('2024-03-10', 12, '8833.3'),
    });
    expect(result.apr?.method).toBe('irr');
    expect(Math.abs((result.apr?.simple ?? 0) - 0.12803801851035315)).toBeLessThan(1e-9);
    expect(Math.abs((result.apr?.compound ?? 0) - 0.1358255763273336)).toBeLessThan(1e-9);
    expect(result.legal.principalBasis).toBe(yuan(99_000));
    expect(codes(result)).toContain('upfront_deduction');
    expect(codes(result)).not.toContain('apr_above_cap');
    // Paid in full on time at 12.8 %, under 24 %. Daily accrual over actual days (31, 30, 31… of 365)
    // differs from the contract's twelve equal months by a few tens of yuan on 100,000 (ADR 0005).
    expect(result.legal.supported).toBeGreaterThan(0);
    expect(result.legal.supported).toBeLessThan(yuan(100));
    expect(codes(result)).not.toContain('claim_above_supported');
  });

  it('switches to XIRR when the instalments are not one period apart from the contract date', () => {
    const result = analyzeOne({
      schedule: [
        { date: '2024-03-20', amount: '5200' },
        { date: '2024-05-20', amount: '5200' },
      ],
    });
    expect(result.apr?.method).toBe('xirr');
    // Expressed per month, like the IRR method, so 单利 compares with the caps the same way.
    expect(result.apr?.periodsPerYear).toBe(12);
    expect(
      Math.abs((result.apr?.compound ?? 0) - ((1 + (result.apr?.periodicRate ?? 0)) ** 12 - 1)),
    ).toBeLessThan(1e-12);
  });

  it('a 7-day 714 loan: 700 received on 1,000, repay 1,000 after 7 days — above every cap, flagged unlicensed', () => {
    const result = analyzeOne({
      lenderType: 'unlicensed',
      principal: '1000',
      received: '700',
      contractDate: '2026-10-01',
      terms: { method: 'bullet', periods: 7, frequency: 'daily', dailyRate: '0' },
      claimed: { date: '2026-11-20', total: '1500' },
    });
    expect(result.apr?.simple).toBeGreaterThan(9);
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        'unlicensed_lender',
        'upfront_deduction',
        'apr_above_cap',
        'apr_above_36',
        'claim_above_supported',
      ]),
    );
    expect(result.legal.principalBasis).toBe(yuan(700));
  });

  it('microloan at 34.7 %: capped at the 24 % reference, with contract, 24 % and 4×LPR scenarios', () => {
    const result = analyzeOne({
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.347' },
      claimed: { date: '2026-11-20', total: '20000' },
    });
    expect(result.cap.rate).toBe(0.24);
    expect(result.legal.scenarios.map((s) => [s.key, s.applied])).toEqual([
      ['contract', false],
      ['reference24', true],
      ['lpr4x', false],
    ]);
    const [contract, reference, lpr4x] = result.legal.scenarios;
    expect(lpr4x?.amount.supported).toBeLessThan(reference?.amount.supported ?? 0);
    expect(reference?.amount.supported).toBeLessThan(contract?.amount.supported ?? 0);
    expect(result.legal.overdueSince).toBe('2024-04-11');
    expect(codes(result)).toContain('apr_above_cap');
  });

  it('private loan: only the contract and 4×LPR scenarios', () => {
    const result = analyzeOne({
      lenderType: 'private',
      terms: { method: 'bullet', periods: 12, monthlyRate: '0.02' },
    });
    expect(result.legal.scenarios.map((s) => s.key)).toEqual(['contract', 'lpr4x']);
    expect(result.cap.basis).toBe('lpr4x_at_contract');
  });

  it('warns that an old debt may be past the 3-year limitation period', () => {
    const result = analyzeOne({
      contractDate: '2020-09-01',
      terms: { method: 'bullet', periods: 3, annualRate: '0.2' },
      payments: [{ date: '2021-01-15', amount: '500' }],
    });
    const finding = result.findings.find((f) => f.code === 'limitation_possibly_expired');
    expect(finding?.params).toEqual({ since: '2021-01-15', years: 3, expiredOn: '2024-01-15' });
    expect(finding?.severity).toBe('high');
    expect(result.findings[0]?.code).toBe('limitation_possibly_expired');
    expect(finding?.citations).toEqual(expect.arrayContaining(['spc-limitation-2020-14', 'civil-code-193']));
    const defence = result.legal.scenarios.find((s) => s.key === 'limitation_defence');
    expect(defence?.amount.supported).toBe(0);
    expect(defence?.applied).toBe(false);
  });

  it('a demand made while the period runs (the claim date) restarts it', () => {
    const debt = {
      contractDate: '2022-09-01',
      terms: { method: 'bullet' as const, periods: 3, annualRate: '0.2' },
    };
    expect(codes(analyzeOne(debt))).toContain('limitation_possibly_expired');
    const demanded = analyzeOne({ ...debt, claimed: { date: '2025-10-01', total: '30000' } });
    expect(codes(demanded)).not.toContain('limitation_possibly_expired');
  });

  it('a demand after the period has run out does not revive it; a payment after it waives the defence', () => {
    const base = {
      lenderType: 'private' as const,
      contractDate: '2021-01-01',
      terms: { method: 'bullet' as const, periods: 12, annualRate: '0.1' },
      payments: [{ date: '2022-06-01', amount: '1000' }],
    };
    const demandLate = analyzeOne({ ...base, claimed: { date: '2026-10-01', total: '15000' } });
    expect(demandLate.findings.find((f) => f.code === 'limitation_possibly_expired')?.params).toEqual({
      since: '2022-06-01',
      years: 3,
      expiredOn: '2025-06-01',
    });
    const paidLate = analyzeOne({
      ...base,
      payments: [...base.payments, { date: '2026-01-05', amount: '100' }],
    });
    expect(codes(paidLate)).not.toContain('limitation_possibly_expired');
    expect(paidLate.legal.limitation).toEqual({
      state: 'waived',
      since: '2022-06-01',
      expiredOn: '2025-06-01',
      waivedOn: '2026-01-05',
    });
  });

  it('card principal for the 50,000 threshold counts every repayment as principal (2018 interpretation 第9条)', () => {
    const result = analyzeOne({
      lenderType: 'credit_card',
      principal: '62000',
      contractDate: '2025-09-05',
      terms: { method: 'flat_fee', periods: 24, feeRatePerPeriod: '0.0075' },
      payments: ['2025-10-05', '2025-11-05', '2025-12-05', '2026-01-05', '2026-02-05'].map((d) => ({
        date: d,
        amount: '3048.33',
      })),
    });
    expect(codes(result)).not.toContain('credit_card_large_principal');
  });

  it('points out a claim above even the contract’s own terms', () => {
    const result = analyzeOne({
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.2' },
      claimed: { date: '2026-11-20', total: '40000' },
    });
    const contract = result.legal.scenarios.find((s) => s.key === 'contract');
    expect(result.findings.find((f) => f.code === 'claim_above_contract')?.params).toEqual({
      claimed: yuan(40_000),
      contractAmount: contract?.amount.supported,
      difference: yuan(40_000) - (contract?.amount.supported ?? 0),
    });
  });

  it('“above 24 %” is said only where the cap is lower (private lending), not twice for financial lenders', () => {
    const terms = { method: 'equal_installment' as const, periods: 12, annualRate: '0.3' };
    expect(codes(analyzeOne({ lenderType: 'private', terms }))).toContain('apr_above_24');
    expect(codes(analyzeOne({ lenderType: 'bank', terms }))).not.toContain('apr_above_24');
  });

  it('credit card with ≥ 50,000 principal outstanding: the calm 恶意透支 explanation', () => {
    const result = analyzeOne({
      lenderType: 'credit_card',
      principal: '60000',
      terms: { method: 'flat_fee', periods: 24, feeRatePerPeriod: '0.0075' },
    });
    expect(codes(result)).toContain('credit_card_large_principal');
    expect(result.findings.find((f) => f.code === 'credit_card_large_principal')?.citations).toEqual([
      'spc-card-crime-2018',
    ]);
  });

  it('a schedule without terms: a single instalment is one period from the contract (a 7-day 714 loan)', () => {
    const result = analyzeOne({
      lenderType: 'unlicensed',
      principal: '1000',
      received: '700',
      contractDate: '2026-10-01',
      schedule: [{ date: '2026-10-08', amount: '1000' }],
    });
    expect(result.apr?.method).toBe('irr');
    expect(Math.abs((result.apr?.periodsPerYear ?? 0) - 365 / 7)).toBeLessThan(1e-12);
    // (1000/700 − 1) × 365/7 = 22.34 (2,234 % simple)
    expect(Math.abs((result.apr?.simple ?? 0) - (3 / 7) * (365 / 7))).toBeLessThan(1e-9);
  });

  it('an actual/360 contract converts its stated rate, but the true rate counts 365-day years', () => {
    const terms = { method: 'bullet' as const, periods: 30, frequency: 'daily' as const, dailyRate: '0.001' };
    const on360 = analyzeOne({ terms: { ...terms, dayCount: 'actual/360' } });
    const on365 = analyzeOne({ terms });
    expect(on360.apr?.simple).toBeCloseTo(0.365, 12);
    expect(on365.apr?.simple).toBeCloseTo(0.365, 12);
  });

  it('a weekly schedule without terms is read as weekly', () => {
    const schedule = [1, 2, 3, 4].map((week) => ({
      date: addDays(date('2026-10-01'), 7 * week),
      amount: '300',
    }));
    const result = analyzeOne({ principal: '1000', contractDate: '2026-10-01', schedule });
    expect(Math.abs((result.apr?.periodsPerYear ?? 0) - 365 / 7)).toBeLessThan(1e-12);
  });

  it('upfront fees reduce the principal basis even without terms or schedule', () => {
    const result = analyzeOne({
      principal: '10000',
      fees: [{ name: '服务费', amount: '1500', when: 'upfront' }],
    });
    expect(result.legal.principalBasis).toBe(yuan(8500));
    expect(codes(result)).toContain('upfront_deduction');
  });

  it('without terms or schedule: no rate, a finding saying so, and the cap decides', () => {
    const result = analyzeOne({ claimed: { date: '2026-11-20', total: '30000' } });
    expect(result.apr).toBeNull();
    expect(codes(result)).toContain('rate_not_computable');
    expect(result.legal.scenarios.map((s) => s.key)).toEqual(['reference24', 'lpr4x']);
  });

  it('overdue penalty pushing combined charges over the cap is its own finding', () => {
    const result = analyzeOne({
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.18' },
      overdue: { penaltyDailyRate: '0.0005' },
    });
    expect(codes(result)).toContain('overdue_charges_above_cap');
    expect(codes(result)).not.toContain('apr_above_cap');
  });

  it('never supports more than is claimed: the claim is the headline, with the reason', () => {
    // 10,000 at 10 % over 12 months, nothing paid for long: the method gives more than the 10,500 claimed.
    const result = analyzeOne({
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.1' },
      claimed: { date: '2026-11-20', total: '10500' },
    });
    expect(result.legal.supported).toBe(yuan(10_500));
    expect(result.legal.excess).toBe(0);
    const finding = result.findings.find((f) => f.code === 'supported_limited_to_claim');
    expect(finding?.params.claimed).toBe(yuan(10_500));
    expect(Number(finding?.params.computed)).toBeGreaterThan(yuan(10_500));
    for (const scenario of result.legal.scenarios)
      expect(scenario.amount.supported).toBeLessThanOrEqual(yuan(10_500));
  });

  it('a card without its first missed due date: no interest counted, no limitation warning, and it says so', () => {
    const result = analyzeOne({
      lenderType: 'credit_card',
      contractDate: '2019-01-01',
      principal: '40000',
      claimed: { date: '2026-11-20', total: '43200' },
    });
    expect(result.legal.supported).toBe(yuan(40_000));
    expect(result.legal.limitation).toEqual({ state: 'unknown' });
    expect(codes(result)).toContain('card_due_date_missing');
    expect(codes(result)).not.toContain('limitation_possibly_expired');
  });
});
