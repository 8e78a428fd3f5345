import type { Fen } from './fen.js';

/** "1234.50": yuan with exactly two decimals, no grouping — the machine format of JSON output. */
export function formatYuan(amount: Fen): string {
  const negative = amount < 0;
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** "1,234.50": grouped for people. */
export function formatYuanGrouped(amount: Fen): string {
  const [whole = '0', cents = '00'] = formatYuan(amount).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
