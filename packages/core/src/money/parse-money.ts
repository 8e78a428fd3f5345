import { type Fen, fen } from './fen.js';

export type MoneyParseResult = { ok: true; value: Fen } | { ok: false; reason: MoneyParseError };
export type MoneyParseError = 'empty' | 'not_a_number' | 'too_many_decimals' | 'too_large';

/** Largest accepted amount: 100 billion yuan. Anything above is a typing mistake, not a debt. */
const MAX_YUAN = 100_000_000_000;

/** "1,234.56", "-12", "1.2万", "３０００" (full-width digits are folded first). */
const MONEY_PATTERN = /^([+-]?)(\d+(?:\.\d+)?)(万)?$/;

/**
 * Parses an amount in yuan, given as a number or as user text, to exact fen.
 * Accepts thousands separators (",", "，", spaces), full-width digits, a trailing 元 and the
 * 万 (ten-thousand) suffix. Decimal text is read digit by digit, so "0.1" is exactly 10 fen.
 */
export function parseMoney(input: string | number): MoneyParseResult {
  const text = typeof input === 'number' ? numberToPlainText(input) : normalize(input);
  if (typeof text !== 'string') return { ok: false, reason: text.reason };
  if (text === '') return { ok: false, reason: 'empty' };
  const match = MONEY_PATTERN.exec(text);
  if (!match) return { ok: false, reason: 'not_a_number' };
  const [, sign = '', digits = '', wan] = match;
  const [whole = '0', decimals = ''] = digits.split('.');
  // 万 shifts the decimal point 4 places: 1.2345万 = 12345 yuan; fen need 2 more places.
  const shift = wan ? 6 : 2;
  if (decimals.replace(/0+$/, '').length > shift) return { ok: false, reason: 'too_many_decimals' };
  const fenText = (whole + decimals.padEnd(shift, '0').slice(0, shift)).replace(/^0+(?=\d)/, '');
  const magnitude = Number(fenText);
  if (!Number.isSafeInteger(magnitude) || magnitude > MAX_YUAN * 100)
    return { ok: false, reason: 'too_large' };
  // `+ 0` turns "-0" into 0, never -0.
  return { ok: true, value: fen((sign === '-' ? -magnitude : magnitude) + 0) };
}

function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .trim()
      .replace(/[,，\s_]/g, '')
      // "¥-5" and "-¥5" (how Intl's zh-CN currency format writes a negative amount) both mean -5.
      .replace(/^([+-]?)¥/, '$1')
      .replace(/元$/, '')
  );
}

/**
 * Renders a JS number as plain decimal text. JS writes numbers of 1e21 and above, and below 1e-6,
 * with an exponent: the former are far too large, the latter have too many decimals for fen.
 */
function numberToPlainText(value: number): string | { reason: MoneyParseError } {
  if (!Number.isFinite(value)) return { reason: 'not_a_number' };
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return { reason: Math.abs(value) >= 1 ? 'too_large' : 'too_many_decimals' };
}

/** Convenience for trusted literals in code and tests: throws on bad input. */
export function yuan(input: string | number): Fen {
  const result = parseMoney(input);
  if (!result.ok) throw new RangeError(`bad amount ${JSON.stringify(input)}: ${result.reason}`);
  return result.value;
}
