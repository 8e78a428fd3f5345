/**
 * 0.0006 → "0.06%", 0.239 → "23.9%": a stated rate with the digits it was given, since daily rates
 * such as 0.065 % (万6.5) would lose their last digit at the two decimals of the computed rates.
 */
export function showStatedPercent(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}
