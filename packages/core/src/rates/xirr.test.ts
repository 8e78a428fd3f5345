import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import { type DatedFlow, xnpv } from './npv.js';
import { xirr } from './xirr.js';

const flow = (day: string, amount: number): DatedFlow => ({ date: date(day), amount });

describe('xirr', () => {
  it("LibreOffice's XIRR vector: −100, 10, 10, 110 yearly from 2004 → 0.0998951090083094", () => {
    const result = xirr([
      flow('2004-01-01', -100),
      flow('2005-01-01', 10),
      flow('2006-01-01', 10),
      flow('2007-01-01', 110),
    ]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - 0.0998951090083094)).toBeLessThan(1e-9);
  });

  it('a 7-day loan: 1,000 received, 1,200 repaid → 1,344,943.7 % a year', () => {
    const result = xirr([flow('2026-03-01', 1000), flow('2026-03-08', -1200)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate / 13449.437198555324 - 1)).toBeLessThan(1e-9);
  });

  it('leap day: 2024-02-29 to 2025-02-28 is 365 days, so 10,000 → 10,500 is exactly 5 %', () => {
    const result = xirr([flow('2024-02-29', 10_000), flow('2025-02-28', -10_500)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - 0.05)).toBeLessThan(1e-9);
  });

  it('a year spanning 2024-02-29 has 366 days: −10,000 on 2023-03-01, 10,800 on 2024-03-01', () => {
    const result = xirr([flow('2023-03-01', -10_000), flow('2024-03-01', 10_800)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - 0.07977292572080787)).toBeLessThan(1e-9);
  });

  it('a negative rate when the lender gets back less', () => {
    const result = xirr([flow('2025-01-01', 10_000), flow('2026-01-01', -9_000)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - -0.1)).toBeLessThan(1e-9);
  });

  it('does not depend on the order the flows are given in, and merges same-day flows', () => {
    const ordered = xirr([
      flow('2025-01-01', 1000),
      flow('2025-02-01', -300),
      flow('2025-02-01', -300),
      flow('2025-03-01', -500),
    ]);
    const shuffled = xirr([flow('2025-03-01', -500), flow('2025-02-01', -600), flow('2025-01-01', 1000)]);
    if (!ordered.ok || !shuffled.ok) throw new Error('no rate');
    expect(shuffled.rate).toBeCloseTo(ordered.rate, 12);
  });

  it('reports no sign change', () => {
    expect(xirr([flow('2025-01-01', 1), flow('2025-02-01', 1)])).toMatchObject({
      ok: false,
      code: 'no_sign_change',
    });
  });

  it('property: XNPV at the XIRR is ~0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1_000_000 }),
        // Repaid between 80 % and 500 % of what was received, in 1–24 payments 7–45 days apart:
        // every loan a person could have, from a loss to a 714高炮 loan.
        fc.double({ min: 0.8, max: 5, noNaN: true }),
        fc.array(fc.tuple(fc.integer({ min: 7, max: 45 }), fc.integer({ min: 1, max: 100 })), {
          minLength: 1,
          maxLength: 24,
        }),
        (received, repaidMultiple, steps) => {
          const weightSum = steps.reduce((a, [, w]) => a + w, 0);
          let day = date('2024-01-15');
          const flows = [flow(day, received)];
          for (const [gap, weight] of steps) {
            day = addDays(day, gap);
            flows.push({ date: day, amount: -((received * repaidMultiple * weight) / weightSum) });
          }
          const result = xirr(flows);
          if (!result.ok) return false;
          const scale = received * (1 + repaidMultiple);
          return Math.abs(xnpv(result.rate, flows)) / scale < 1e-9;
        },
      ),
      { numRuns: 500 },
    );
  });
});
