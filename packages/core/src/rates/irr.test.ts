import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualizeCompound, annualizeSimple } from './annualize.js';
import { irr } from './irr.js';
import { npv } from './npv.js';

// Reference values computed independently with 60-digit decimal bisection (scripts/reference-rates.py).
describe('irr', () => {
  it('PBOC 公告〔2021〕第3号: 100,000 borrowed, 1,000 fee upfront, 12 × 8,833.3 → 12.80 % / 13.58 %', () => {
    const result = irr([99_000, ...Array<number>(12).fill(-8833.3)]);
    if (!result.ok) throw new Error(result.code);
    expect(result.rate).toBeCloseTo(0.01066983487586276, 12);
    expect(Math.abs(annualizeSimple(result.rate, 12) - 0.12803801851035315)).toBeLessThan(1e-9);
    expect(Math.abs(annualizeCompound(result.rate, 12) - 0.1358255763273336)).toBeLessThan(1e-9);
    expect(annualizeSimple(result.rate, 12).toFixed(4)).toBe('0.1280');
    expect(annualizeCompound(result.rate, 12).toFixed(4)).toBe('0.1358');
  });

  it('credit-card flat fee: 12,000 over 12 at 0.6 % a period → 13.03 % / 13.84 %', () => {
    const result = irr([12_000, ...Array<number>(12).fill(-1072)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(annualizeSimple(result.rate, 12) - 0.13034224281108106)).toBeLessThan(1e-9);
    expect(Math.abs(annualizeCompound(result.rate, 12) - 0.1384178506639024)).toBeLessThan(1e-9);
  });

  it('a 7-day loan above 900 % simple: 1,000 received, 1,200 repaid a week later', () => {
    const result = irr([1000, -1200]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - 0.2)).toBeLessThan(1e-12);
    expect(Math.abs(annualizeSimple(result.rate, 365 / 7) - 10.428571428571429)).toBeLessThan(1e-9);
  });

  it('a negative rate when less is repaid than received', () => {
    const result = irr([10_000, ...Array<number>(12).fill(-800)]);
    if (!result.ok) throw new Error(result.code);
    expect(Math.abs(result.rate - -0.006225106741786574)).toBeLessThan(1e-12);
    expect(Math.abs(annualizeCompound(result.rate, 12) - -0.07219598765390395)).toBeLessThan(1e-9);
  });

  it('reports no sign change instead of inventing a rate', () => {
    expect(irr([100, 50, 20])).toEqual({ ok: false, code: 'no_sign_change', signChanges: 0 });
    expect(irr([])).toMatchObject({ ok: false, code: 'no_sign_change' });
  });

  it('reports several sign changes and every root: −100, 230, −132 has roots 10 % and 20 %', () => {
    const result = irr([-100, 230, -132]);
    if (!result.ok) throw new Error(result.code);
    expect(result.signChanges).toBe(2);
    expect(result.roots).toHaveLength(2);
    expect(result.roots[0]).toBeCloseTo(0.1, 12);
    expect(result.roots[1]).toBeCloseTo(0.2, 12);
    expect(result.rate).toBeCloseTo(0.1, 12);
  });

  it('ignores leading and trailing zero flows consistently', () => {
    const plain = irr([1000, -600, -600]);
    const padded = irr([0, 1000, -600, -600, 0]);
    if (!plain.ok || !padded.ok) throw new Error('no rate');
    expect(padded.rate).toBeCloseTo(plain.rate, 14);
  });

  it('property: NPV at the IRR is ~0 for any loan (one sign change)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 60 }),
        (received, payments) => {
          const flows = [received, ...payments.map((p) => -p)];
          const result = irr(flows);
          if (!result.ok) return false;
          const scale = received + payments.reduce((a, b) => a + b, 0);
          return Math.abs(npv(result.rate, flows)) / scale < 1e-9;
        },
      ),
      { numRuns: 500 },
    );
  });
});
