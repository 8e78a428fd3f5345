import { formatYuan, parseMoney } from '@shangan/core';

/**
 * Conversions between what a person types and the case file's text. Money is parsed by the core
 * (exact fen, "1.2万" accepted) and stored as "12000.00"; text that does not parse is passed on
 * unchanged so the core's schema names the problem.
 */
export function moneyText(typed: string): string {
  const parsed = parseMoney(typed);
  return parsed.ok ? formatYuan(parsed.value) : typed.trim();
}

const PERCENT = /^\d+(\.\d+)?$/;

/**
 * The rate question asks for a percentage ("18" for 18 %, a trailing % is allowed), because that
 * is how contracts and apps print rates. The case file then holds "18%": the core reads it exactly,
 * with no float arithmetic here. undefined when the text is not a plain number.
 */
export function percentToRate(typed: string): string | undefined {
  const digits = typed.trim().replace(/%$/, '').trim();
  return PERCENT.test(digits) ? `${digits}%` : undefined;
}

/**
 * A case-file rate ("18%", "0.18", 0.0006) as the percentage the question shows ("18", "18",
 * "0.06"). The decimal point is moved by text, so 0.0006 never becomes 0.060000000000000005.
 */
export function rateToPercent(rate: string | number): string {
  const text = String(rate).trim();
  if (text.endsWith('%')) return text.slice(0, -1);
  if (!PERCENT.test(text)) return text;
  const [whole = '0', fraction = ''] = text.split('.');
  const shifted = `${whole}${fraction.padEnd(2, '0').slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  return rest === '' ? shifted : `${shifted}.${rest}`;
}

/** Whole numbers only ("12"); anything else is passed on for the core to name. */
export function wholeNumber(typed: string): number | string {
  const text = typed.trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : text;
}
