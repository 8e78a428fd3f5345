import { z } from 'zod';
import { type CalendarDate, parseCalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';
import { type MoneyParseError, parseMoney } from '../money/parse-money.js';

/**
 * Field types shared by every file format the product reads. Messages are bilingual, Chinese first,
 * because they reach the person as they are: "不是有效日期 (not a valid date)".
 */

const MONEY_ERRORS: Record<MoneyParseError, string> = {
  empty: '金额为空 (amount is empty)',
  not_a_number: '不是有效金额，例如 "1234.56" 或 "1.2万" (not a valid amount, e.g. "1234.56" or "1.2万")',
  too_many_decimals: '金额最多精确到分（两位小数） (at most two decimal places)',
  too_large: '金额过大 (amount too large)',
};

/** Money in yuan: a decimal string ("1,234.56", "1.2万") or a number → integer fen. */
export function moneyField({ min = 'positive' }: { min?: 'positive' | 'nonnegative' } = {}) {
  return z
    .union([z.string(), z.number()], {
      error: '应为金额（字符串或数字） (expected an amount: string or number)',
    })
    .transform((input, ctx): Fen => {
      const parsed = parseMoney(input);
      if (!parsed.ok) {
        ctx.issues.push({ code: 'custom', message: MONEY_ERRORS[parsed.reason], input });
        return z.NEVER;
      }
      if (min === 'positive' ? parsed.value <= 0 : parsed.value < 0) {
        const message =
          min === 'positive'
            ? '金额必须大于0 (must be greater than 0)'
            : '金额不能为负数 (must not be negative)';
        ctx.issues.push({ code: 'custom', message, input });
        return z.NEVER;
      }
      return parsed.value;
    });
}

const DATE_MESSAGE = '不是有效日期，格式为 YYYY-MM-DD (not a valid date, use YYYY-MM-DD)';

/** A calendar date 'YYYY-MM-DD' that exists. */
export function dateField() {
  return z
    .string({ error: '应为日期字符串 YYYY-MM-DD (expected a date string YYYY-MM-DD)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
    .transform((input, ctx): CalendarDate => {
      const parsed = parseCalendarDate(input);
      if (!parsed) {
        ctx.issues.push({
          code: 'custom',
          message: '不是有效日期，格式为 YYYY-MM-DD (not a valid date, use YYYY-MM-DD)',
          input,
        });
        return z.NEVER;
      }
      return parsed;
    });
}

const RATE_PATTERN = /^\d+(\.\d+)?%?$/;

/**
 * A rate as a decimal fraction: "0.18", 0.18 or "18%". The upper bound of each field catches a
 * percentage typed as a fraction ("18" for 18 %), so it sits just above what real loans charge.
 */
export function rateField({ max }: { max: number }) {
  return z
    .union([z.string(), z.number()], {
      error: '应为利率（如 "0.18" 或 "18%"） (expected a rate such as "0.18" or "18%")',
    })
    .transform((input, ctx): number => {
      const text = typeof input === 'number' ? String(input) : input.trim();
      if (!RATE_PATTERN.test(text)) {
        ctx.issues.push({
          code: 'custom',
          message: '不是有效利率，例如 "0.18" 或 "18%" (not a valid rate, e.g. "0.18" or "18%")',
          input,
        });
        return z.NEVER;
      }
      const rate = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (rate > max) {
        ctx.issues.push({
          code: 'custom',
          message: `利率应在 0 到 ${max} 之间（小数形式，18% 写作 0.18） (rate must be between 0 and ${max} as a fraction: 18 % is 0.18)`,
          input,
        });
        return z.NEVER;
      }
      return rate;
    });
}

export function textField(maxLength: number) {
  return z
    .string({ error: '应为文字 (expected text)' })
    .trim()
    .min(1, '不能为空 (must not be empty)')
    .max(maxLength, `不能超过 ${maxLength} 个字符 (at most ${maxLength} characters)`);
}
