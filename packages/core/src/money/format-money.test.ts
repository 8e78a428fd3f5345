import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from './fen.js';
import { formatYuan, formatYuanGrouped } from './format-money.js';

const MAX_FEN = 10_000_000_000_000;

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [123_450, '1234.50'],
    [123_456, '1234.56'],
    [1_200_000, '12000.00'],
    [-1, '-0.01'],
    [-99, '-0.99'],
    [-100, '-1.00'],
    [-123_456, '-1234.56'],
    [MAX_FEN, '100000000000.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
    [-Number.MAX_SAFE_INTEGER, '-90071992547409.91'],
  ])('%d fen → %s', (amount, expected) => {
    expect(formatYuan(fen(amount))).toBe(expected);
  });

  it('writes negative zero as 0.00', () => {
    expect(formatYuan(fen(-0))).toBe('0.00');
  });
});

describe('formatYuanGrouped', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99_999, '999.99'],
    [100_000, '1,000.00'],
    [123_456, '1,234.56'],
    [1_200_000, '12,000.00'],
    [12_345_678, '123,456.78'],
    [123_456_789, '1,234,567.89'],
    [100_000_000, '1,000,000.00'],
    [-1, '-0.01'],
    [-99_999, '-999.99'],
    [-100_000, '-1,000.00'],
    [-123_456_789, '-1,234,567.89'],
    [MAX_FEN, '100,000,000,000.00'],
  ])('%d fen → %s', (amount, expected) => {
    expect(formatYuanGrouped(fen(amount))).toBe(expected);
  });
});

describe('formatting: properties', () => {
  const anyFen = fc.integer({ min: -MAX_FEN, max: MAX_FEN });
  const grouping = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  it('formatYuan is a plain decimal with exactly two decimals and no leading zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const text = formatYuan(fen(amount));
        expect(text).toMatch(/^-?(0|[1-9]\d*)\.\d{2}$/);
        expect(text.startsWith('-')).toBe(amount < 0);
        // Read back with integer arithmetic, independently of parseMoney.
        const [whole = '', cents = ''] = text.replace('-', '').split('.');
        const magnitude = BigInt(whole) * 100n + BigInt(cents);
        expect(magnitude).toBe(BigInt(Math.abs(amount)));
      }),
    );
  });

  it('formatYuanGrouped agrees with Intl en-US grouping', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        expect(formatYuanGrouped(fen(amount))).toBe(grouping.format(amount / 100));
      }),
    );
  });

  it('formatYuanGrouped is formatYuan with commas every three digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const grouped = formatYuanGrouped(fen(amount));
        expect(grouped.replace(/,/g, '')).toBe(formatYuan(fen(amount)));
        expect(grouped).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
      }),
    );
  });

  it('preserves order: a larger amount never formats to a smaller number', () => {
    fc.assert(
      fc.property(anyFen, anyFen, (a, b) => {
        const read = (x: number) => Number(formatYuan(fen(x)));
        if (a < b) expect(read(a)).toBeLessThan(read(b));
      }),
    );
  });
});
