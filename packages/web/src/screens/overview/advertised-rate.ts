import type { CaseFileInput, StatedRate } from '@shangan/core';

type TermsInput = NonNullable<CaseFileInput['debts'][number]['terms']>;

/**
 * Reads a rate of a stored case file: "18%", "0.18" or 0.18 → 0.18. The server stored the file only
 * after the core's rate fields accepted it, so the text is digits with an optional "%"; anything
 * else (a file edited by hand) reads as absent rather than as a wrong number.
 */
function readRate(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value?.trim();
  if (text === undefined || !/^\d+(\.\d+)?%?$/.test(text)) return undefined;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/**
 * The price the lender advertised (the one rate the contract states: per year, month or day, or a
 * fee per period), or null when the debt has no terms. It is what the person was told, set against
 * the true annual rate the analysis computes.
 */
export function advertisedRate(terms: TermsInput | undefined): StatedRate | null {
  if (terms === undefined) return null;
  // The schema allows exactly one of these (rate-choice.ts); read them in its order.
  const candidates: [StatedRate['kind'], string | number | undefined][] = [
    ['annual', terms.annualRate],
    ['monthly', terms.monthlyRate],
    ['daily', terms.dailyRate],
    ['feePerPeriod', terms.feeRatePerPeriod],
  ];
  for (const [kind, value] of candidates) {
    const rate = readRate(value);
    if (rate !== undefined) return { kind, rate };
  }
  return null;
}

/**
 * 0.0006 → "0.06%", 0.239 → "23.9%": a stated rate with the digits it was given, since daily rates
 * such as 0.065 % (万6.5) would lose their last digit at the two decimals of the computed rates.
 */
export function showStatedPercent(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}
