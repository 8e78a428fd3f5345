import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import { fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { computeSupportedAmount, type SupportedAmountInput } from './supported-amount.js';

const base: SupportedAmountInput = {
  principalBasis: yuan(10_000),
  startDate: date('2025-01-01'),
  asOf: date('2026-01-01'),
  contractRate: 0.36,
  overdueRate: 0.36,
  overdueSince: null,
  capSegments: [{ from: null, rate: 0.24 }],
  payments: [],
};

describe('computeSupportedAmount', () => {
  it('accrues simple daily interest at min(contract, cap) on the principal received: 10,000 × 24 % × 365/365', () => {
    const result = computeSupportedAmount(base);
    expect(result).toMatchObject({
      principalOutstanding: yuan(10_000),
      interestOutstanding: yuan(2400),
      supported: yuan(12_400),
    });
  });

  it('uses the contract rate when it is below the cap', () => {
    expect(computeSupportedAmount({ ...base, contractRate: 0.1, overdueRate: 0.1 }).supported).toBe(
      yuan(11_000),
    );
  });

  it('uncapped (contract scenario) follows the contract', () => {
    expect(computeSupportedAmount({ ...base, capSegments: null }).supported).toBe(yuan(13_600));
  });

  it('applies a payment to accrued interest first, then principal (民法典 第561条)', () => {
    // 181 days at 24 %: 10,000 × 0.24 × 181/365 = 1,190.14 interest; a 3,000 payment leaves 8,190.14 principal.
    const result = computeSupportedAmount({
      ...base,
      payments: [{ date: date('2025-07-01'), amount: yuan(3000) }],
    });
    const interestBefore = Math.round((1_000_000 * 0.24 * 181) / 365);
    const principalAfter = 1_000_000 - (300_000 - interestBefore);
    const interestAfter = Math.round((principalAfter * 0.24 * 184) / 365);
    expect(result.principalOutstanding).toBe(principalAfter);
    expect(result.interestOutstanding).toBe(interestAfter);
    expect(result.paid).toBe(yuan(3000));
  });

  it('reports overpayment when payments exceed principal and supported interest', () => {
    const result = computeSupportedAmount({
      ...base,
      asOf: date('2025-12-31'),
      payments: [{ date: date('2025-12-31'), amount: yuan(13_000) }],
    });
    // 364 days at 24 %: 2,393.42 interest; 13,000 − 2,393.42 − 10,000 = 606.58 overpaid.
    expect(result.supported).toBe(0);
    expect(result.overpaid).toBe(yuan('606.58'));
  });

  it('switches to the overdue rate from overdueSince, still capped', () => {
    const result = computeSupportedAmount({
      ...base,
      contractRate: 0.12,
      overdueRate: 0.5,
      overdueSince: date('2025-07-01'),
    });
    const expected = Math.round((1_000_000 * 0.12 * 181) / 365) + Math.round((1_000_000 * 0.24 * 184) / 365);
    expect(result.interestOutstanding).toBe(expected);
  });

  it('follows cap segments (the pre-2020 transitional split)', () => {
    const result = computeSupportedAmount({
      ...base,
      startDate: date('2020-01-01'),
      asOf: date('2021-01-01'),
      capSegments: [
        { from: null, rate: 0.24 },
        { from: date('2020-08-20'), rate: 0.154 },
      ],
    });
    const expected = Math.round((1_000_000 * 0.24 * 232) / 365) + Math.round((1_000_000 * 0.154 * 134) / 365);
    expect(result.interestOutstanding).toBe(expected);
  });

  it('ignores payments after asOf', () => {
    const result = computeSupportedAmount({
      ...base,
      payments: [{ date: date('2026-06-01'), amount: yuan(5000) }],
    });
    expect(result.paid).toBe(0);
    expect(result.supported).toBe(yuan(12_400));
  });

  it('property: supported under a cap ≤ supported under the contract when the contract rate exceeds the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_00, max: 1_000_000_00 }),
        fc.double({ min: 0.05, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 50_000_00 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 30, max: 1800 }),
        (principal, cap, contractExtra, penaltyExtra, rawPayments, horizon) => {
          const startDate = date('2023-03-10');
          const input: SupportedAmountInput = {
            principalBasis: fen(principal),
            startDate,
            asOf: addDays(startDate, horizon),
            contractRate: cap + contractExtra,
            overdueRate: cap + contractExtra + penaltyExtra,
            overdueSince: addDays(startDate, Math.floor(horizon / 2)),
            capSegments: [{ from: null, rate: cap }],
            payments: rawPayments.map(([day, amount]) => ({
              date: addDays(startDate, day),
              amount: fen(amount),
            })),
          };
          const capped = computeSupportedAmount(input);
          const contract = computeSupportedAmount({ ...input, capSegments: null });
          return capped.supported <= contract.supported && capped.overpaid >= contract.overpaid;
        },
      ),
      { numRuns: 300 },
    );
  });
});
