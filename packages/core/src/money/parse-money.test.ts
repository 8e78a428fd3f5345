import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, fen, maxFen, minFen, subtractFen, sumFen, ZERO_FEN } from './fen.js';
import { formatYuan, formatYuanGrouped } from './format-money.js';
import { type MoneyParseError, parseMoney, yuan } from './parse-money.js';

/** The largest accepted amount, 100 billion yuan, in fen. */
const MAX_FEN = 10_000_000_000_000;

const ok = (value: number) => ({ ok: true, value });
const fail = (reason: MoneyParseError) => ({ ok: false, reason });

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (text: string) => text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);

describe('parseMoney: worked examples', () => {
  it.each([
    ['1,234.56', 123_456],
    ['1234.56', 123_456],
    ['1234.5', 123_450],
    ['1234', 123_400],
    ['0.1', 10],
    ['0.01', 1],
    ['0.10', 10],
    ['1.500', 150],
    ['1.0000000', 100],
    ['007', 700],
    ['0', 0],
    ['0.00', 0],
    ['-12', -1_200],
    ['+5', 500],
    ['-0.01', -1],
  ])('%j → %d fen', (text, expected) => {
    expect(parseMoney(text)).toEqual(ok(expected));
  });

  it('reads 1.2万 as 12,000 yuan = 1,200,000 fen', () => {
    expect(parseMoney('1.2万')).toEqual(ok(1_200_000));
  });

  it.each([
    ['1万', 1_000_000],
    ['0.5万', 500_000],
    ['1.2345万', 1_234_500],
    ['1.234567万', 1_234_567],
    ['1.2万元', 1_200_000],
    ['-1.2万', -1_200_000],
    ['3万', 3_000_000],
  ])('万: %j → %d fen', (text, expected) => {
    expect(parseMoney(text)).toEqual(ok(expected));
  });

  it.each([
    ['１，２３４', 123_400],
    ['１２３４．５６', 123_456],
    ['３０００', 300_000],
    ['－５', -500],
    ['￥１，２３４．５６', 123_456],
    ['１２３４　元', 123_400],
    ['１．２万', 1_200_000],
  ])('full-width: %j → %d fen', (text, expected) => {
    expect(parseMoney(text)).toEqual(ok(expected));
  });

  it.each([
    ['¥1,234.56', 123_456],
    ['1234.56元', 123_456],
    ['¥1,234.56元', 123_456],
    ['5 元', 500],
    ['  42  ', 4_200],
    ['1 234.5', 123_450],
    ['1_000', 100_000],
    ['1，000', 100_000],
    ['¥-100', -10_000],
    ['-¥100', -10_000],
    ['-¥1,234.50', -123_450],
  ])('currency sign, 元 and separators: %j → %d fen', (text, expected) => {
    expect(parseMoney(text)).toEqual(ok(expected));
  });

  it('reads what Intl writes for a negative amount in yuan', () => {
    const text = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(-1234.5);
    expect(parseMoney(text)).toEqual(ok(-123_450));
  });

  it('never returns negative zero', () => {
    for (const text of ['-0', '-0.00', '-0万', '-¥0']) {
      const result = parseMoney(text);
      expect(result).toEqual(ok(0));
      expect(result.ok && Object.is(result.value, -0)).toBe(false);
    }
  });
});

describe('parseMoney: numbers', () => {
  it.each([
    [0.1, 10],
    [1234.56, 123_456],
    [-5, -500],
    [-12.34, -1_234],
    [100_000, 10_000_000],
    [1e5, 10_000_000],
    [0, 0],
    [-0, 0],
    // x × 100 in binary floating point is 7.000000000000001, 114.99999999999999, 28.999999999999996,
    // 100.49999999999999: the parser must not multiply.
    [0.07, 7],
    [1.15, 115],
    [0.29, 29],
    [1.01, 101],
  ])('%d → %d fen', (input, expected) => {
    const result = parseMoney(input);
    expect(result).toEqual(ok(expected));
    expect(result.ok && Object.is(result.value, -0)).toBe(false);
  });

  it.each([
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_a_number'],
    [Number.NEGATIVE_INFINITY, 'not_a_number'],
    [0.005, 'too_many_decimals'],
    [1.005, 'too_many_decimals'],
    [0.1 + 0.2, 'too_many_decimals'],
    [1e-7, 'too_many_decimals'],
    [-1e-7, 'too_many_decimals'],
    [1e21, 'too_large'],
    [-1e21, 'too_large'],
    [100_000_000_000.01, 'too_large'],
    [Number.MAX_SAFE_INTEGER, 'too_large'],
  ] as const)('%d → %s', (input, reason) => {
    expect(parseMoney(input)).toEqual(fail(reason));
  });
});

describe('parseMoney: errors', () => {
  it.each(['', '   ', '\t\n', '元', '¥', '￥', '¥元', ',,,'])('%j → empty', (text) => {
    expect(parseMoney(text)).toEqual(fail('empty'));
  });

  it.each([
    'abc',
    '1e5',
    '1E5',
    '-1e5',
    '.5',
    '5.',
    '1.2.3',
    '--5',
    '+-5',
    '5-',
    '¥¥5',
    '5元元',
    '5万万',
    '万',
    '-',
    '+',
    '0x10',
    'RMB 5',
    '1/2',
    '5元5',
    '一千',
    '٣',
    'Infinity',
    'NaN',
    '1.2亿',
  ])('%j → not_a_number', (text) => {
    expect(parseMoney(text)).toEqual(fail('not_a_number'));
  });

  it.each(['0.005', '1.001', '-0.001', '1,234.567', '0.0000001', '1.2345678万', '0.0000001万'])(
    '%j → too_many_decimals',
    (text) => {
      expect(parseMoney(text)).toEqual(fail('too_many_decimals'));
    },
  );

  it.each([
    '100000000000.01',
    '100000000001',
    '-100000000001',
    '10000000.01万',
    '99999999999999999999',
    '123456789012345678901234567890',
  ])('%j → too_large', (text) => {
    expect(parseMoney(text)).toEqual(fail('too_large'));
  });

  it('accepts exactly the limit of 100 billion yuan, in either notation', () => {
    expect(parseMoney('100000000000')).toEqual(ok(MAX_FEN));
    expect(parseMoney('100,000,000,000.00')).toEqual(ok(MAX_FEN));
    expect(parseMoney('-100000000000')).toEqual(ok(-MAX_FEN));
    expect(parseMoney('10000000万')).toEqual(ok(MAX_FEN));
    expect(parseMoney(100_000_000_000)).toEqual(ok(MAX_FEN));
  });
});

describe('yuan', () => {
  it('returns fen for trusted literals', () => {
    expect(yuan('1,234.56')).toBe(123_456);
    expect(yuan(0.1)).toBe(10);
    expect(yuan('1.2万')).toBe(1_200_000);
  });

  it('throws a RangeError naming the input and the reason', () => {
    expect(() => yuan('0.005')).toThrow(RangeError);
    expect(() => yuan('0.005')).toThrow(/"0.005".*too_many_decimals/);
    expect(() => yuan('')).toThrow(/empty/);
    expect(() => yuan('1e5')).toThrow(/not_a_number/);
    expect(() => yuan(Number.NaN)).toThrow(/not_a_number/);
  });
});

describe('fen helpers', () => {
  it('fen accepts safe integers and rejects anything else', () => {
    expect(fen(0)).toBe(0);
    expect(fen(-123)).toBe(-123);
    expect(fen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [0.5, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => fen(bad)).toThrow(RangeError);
    }
  });

  it('adds, subtracts, sums and compares', () => {
    expect(ZERO_FEN).toBe(0);
    expect(addFen(fen(150), fen(-50))).toBe(100);
    expect(subtractFen(fen(150), fen(200))).toBe(-50);
    expect(sumFen([fen(1), fen(2), fen(3)])).toBe(6);
    expect(sumFen([])).toBe(0);
    expect(minFen(fen(-1), fen(1))).toBe(-1);
    expect(maxFen(fen(-1), fen(1))).toBe(1);
    expect(() => addFen(fen(Number.MAX_SAFE_INTEGER), fen(1))).toThrow(RangeError);
  });
});

describe('parseMoney: properties', () => {
  const anyFen = fc.integer({ min: -MAX_FEN, max: MAX_FEN });

  it('formatYuan then parseMoney returns the same fen, for any amount in range', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        expect(parseMoney(formatYuan(fen(amount)))).toEqual(ok(amount + 0));
      }),
    );
  });

  it('formatYuanGrouped then parseMoney returns the same fen', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        expect(parseMoney(formatYuanGrouped(fen(amount)))).toEqual(ok(amount + 0));
      }),
    );
  });

  it('a JS number of yuan with at most two decimals is read exactly', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        expect(parseMoney(amount / 100)).toEqual(ok(amount + 0));
      }),
    );
  });

  it('reads decimal text digit by digit: whole × 100 + cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.boolean(),
        (whole, cents, negative, oneDecimal) => {
          const centsText = String(cents).padStart(2, '0');
          const decimals = oneDecimal && centsText.endsWith('0') ? centsText.slice(0, 1) : centsText;
          const text = `${negative ? '-' : ''}${whole}.${decimals}`;
          const magnitude = whole * 100 + cents;
          expect(parseMoney(text)).toEqual(ok(negative ? -magnitude + 0 : magnitude));
        },
      ),
    );
  });

  it('万 multiplies by ten thousand exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (amount) => {
        // amount fen of 万 = amount × 10,000 fen: at most two decimals of 万 always fit.
        const text = formatYuan(fen(amount));
        expect(parseMoney(`${text}万`)).toEqual(ok(amount * 10_000 + 0));
      }),
    );
  });

  it('full-width digits, 元, ¥ and grouping do not change the amount', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        const grouped = formatYuanGrouped(fen(amount));
        const expected = ok(amount + 0);
        expect(parseMoney(toFullWidth(grouped))).toEqual(expected);
        expect(parseMoney(`${grouped}元`)).toEqual(expected);
        expect(parseMoney(` ${grouped.replace(/,/g, '，')} `)).toEqual(expected);
        const unsigned = grouped.replace(/^-/, '');
        const sign = amount < 0 ? '-' : '';
        expect(parseMoney(`¥${sign}${unsigned}`)).toEqual(expected);
        expect(parseMoney(`${sign}¥${unsigned}`)).toEqual(expected);
      }),
    );
  });

  it('a third significant decimal is always refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9 }),
        (whole, cents, extra) => {
          const text = `${whole}.${String(cents).padStart(2, '0')}${extra}`;
          expect(parseMoney(text)).toEqual(fail('too_many_decimals'));
        },
      ),
    );
  });

  it('never throws, and every accepted amount is a safe integer within the limit', () => {
    const moneyish = fc
      .array(fc.constantFrom(...'0123456789０１２３.,，-+ ¥￥元万e_x'.split('')), { maxLength: 20 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), moneyish, fc.double()), (input) => {
        const result = parseMoney(input);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value)).toBe(true);
          expect(Math.abs(result.value)).toBeLessThanOrEqual(MAX_FEN);
          expect(Object.is(result.value, -0)).toBe(false);
        } else {
          expect(['empty', 'not_a_number', 'too_many_decimals', 'too_large']).toContain(result.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
