import { formatMoney, formatPercent, type Lang, yuan } from '@shangan/core';

/** "1234.50" (the API's money) → "1,234.50 元" / "¥1,234.50"; null → "—". */
export function showYuan(amount: string | null | undefined, lang: Lang): string {
  return amount === null || amount === undefined ? '—' : formatMoney(yuan(amount), lang);
}

/** 0.128 → "12.80%"; null (a rate that cannot be computed) → "—". */
export function showRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : formatPercent(rate);
}

/** Today as YYYY-MM-DD in the person's own time zone (the only place the clock is read). */
export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
