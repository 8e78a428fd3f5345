import { describe, expect, it } from 'vitest';
import { advertisedRate, showStatedPercent } from './advertised-rate';

const base = { method: 'equal_installment' as const, periods: 12 };

describe('advertisedRate', () => {
  it('reads the one rate the contract states, as typed', () => {
    expect(advertisedRate({ ...base, annualRate: '18%' })).toEqual({ kind: 'annual', rate: 0.18 });
    expect(advertisedRate({ ...base, monthlyRate: '0.02' })).toEqual({ kind: 'monthly', rate: 0.02 });
    expect(advertisedRate({ ...base, dailyRate: 0.0006 })).toEqual({ kind: 'daily', rate: 0.0006 });
    expect(advertisedRate({ ...base, feeRatePerPeriod: ' 0.6% ' })).toEqual({
      kind: 'feePerPeriod',
      rate: 0.006,
    });
  });

  it('is null without terms or without a readable rate', () => {
    expect(advertisedRate(undefined)).toBeNull();
    expect(advertisedRate({ ...base, annualRate: 'abc' })).toBeNull();
  });
});

describe('showStatedPercent', () => {
  it('keeps the digits a daily rate was given', () => {
    expect(showStatedPercent(0.0006)).toBe('0.06%');
    expect(showStatedPercent(0.00065)).toBe('0.065%');
    expect(showStatedPercent(0.239)).toBe('23.9%');
    expect(showStatedPercent(0.18)).toBe('18%');
  });
});
