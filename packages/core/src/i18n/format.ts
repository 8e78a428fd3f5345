import type { CalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';
import { formatYuanGrouped } from '../money/format-money.js';

/** 0.12803 → "12.80%": rates for people, two decimals. */
/** 0.1825 → "18.25%"; a daily rate takes more places: 0.0005 → "0.050%" with places 3. */
export function formatPercent(rate: number, places = 2): string {
  return `${(rate * 100).toFixed(places)}%`;
}

/** "1,234.50 元" / "¥1,234.50". */
export function formatMoney(amount: Fen, lang: Lang): string {
  return lang === 'zh' ? `${formatYuanGrouped(amount)} 元` : `¥${formatYuanGrouped(amount)}`;
}

export type Lang = 'zh' | 'en';

/** 2026-11-21 → "2026年11月21日" (documents); English keeps the ISO date. */
export function formatDate(day: CalendarDate, lang: Lang): string {
  if (lang === 'en') return day;
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return `${year}年${month}月${dayOfMonth}日`;
}
