import type { CalendarDate } from '../dates/calendar-date.js';
import { basisPointsToRate, type LprQuotation } from '../lpr/lpr-quotation.js';
import { type LprTable, lprInForce } from '../lpr/lpr-table.js';
import type { CitationId } from './citations.js';
import type { LenderType } from './lender-type.js';

/**
 * Why a cap applies:
 * lpr4x_at_contract — private lending, 4 × one-year LPR at contract formation (statutory);
 * transitional_split — private contract formed before 2020-08-20: 24 % until 2020-08-19, then 4 × LPR at suit;
 * financial_24_reference — licensed financial lenders: the 24 % total that courts cut to on request (reference);
 * credit_card_24_reference — cards: no fixed cap, courts weigh the total; 24 % is common practice (reference);
 * unlicensed_lpr_at_most — no licence: the contract may be void; at most the principal received plus
 *   interest up to the one-year LPR (legal.md §14 K8, courts differ);
 * unknown_24_reference — lender type unknown: the higher (less favourable) of the likely caps.
 */
export type CapBasis =
  | 'lpr4x_at_contract'
  | 'transitional_split'
  | 'financial_24_reference'
  | 'credit_card_24_reference'
  | 'unlicensed_lpr_at_most'
  | 'unknown_24_reference';

const LPR_BASED: ReadonlySet<CapBasis> = new Set(['lpr4x_at_contract', 'transitional_split']);

/** Whether the cap comes from the private-lending rules (4 × LPR) rather than the 24 % reference. */
export function isLprBasedCap(basis: CapBasis): boolean {
  return LPR_BASED.has(basis);
}

/** statutory: a judicial interpretation sets the number; reference: what courts commonly do. */
export type CapStrength = 'statutory' | 'reference';

/** A cap that holds from `from` (inclusive) until the next segment. */
export interface CapSegment {
  from: CalendarDate | null;
  rate: number;
}

export interface CapDecision {
  basis: CapBasis;
  strength: CapStrength;
  /** The annual simple rate cap today (the last segment). */
  rate: number;
  segments: CapSegment[];
  /** The LPR quotation the cap was computed from, if any. */
  lpr: LprQuotation | null;
  citations: CitationId[];
}

/** 24 % a year: the financial-loan court reference (法发〔2017〕22号 第2条) and the pre-2020 private cap. */
export const REFERENCE_CAP_24 = 0.24;
/** The 2015 rule's "void above 36 %" line, kept for the finding that names it. */
export const OLD_VOID_LINE_36 = 0.36;
/** The Aug-2020 amendment took effect on this date. */
export const PRIVATE_LENDING_REFORM_DATE = '2020-08-20' as CalendarDate;
const LPR_MULTIPLE = 4;

export interface CapContext {
  lenderType: LenderType;
  contractDate: CalendarDate;
  /** The analysis date; also the assumed filing date where a rule looks at the time of suit. */
  asOf: CalendarDate;
  lpr: LprTable;
}

/** Decides the annual cap a court would likely apply to a loan. */
export function decideCap({ lenderType, contractDate, asOf, lpr }: CapContext): CapDecision {
  switch (lenderType) {
    case 'private':
      return privateLendingCap(contractDate, asOf, lpr);
    case 'unlicensed':
      return unlicensedCap(contractDate, asOf, lpr);
    case 'credit_card':
      return reference24('credit_card_24_reference', ['spc-bank-card-2021-2', 'spc-financial-trial-2017-2']);
    case 'microloan':
      return reference24('financial_24_reference', ['spc-reply-2020-27', 'spc-financial-trial-2017-2']);
    case 'bank':
    case 'consumer_finance':
    case 'other_licensed':
      return reference24('financial_24_reference', ['spc-private-lending-1-2', 'spc-financial-trial-2017-2']);
    case 'unknown':
      return reference24('unknown_24_reference', [
        'spc-financial-trial-2017-2',
        'spc-private-lending-2020b-25',
      ]);
  }
}

/** 4 × the one-year LPR in force on `on`, or undefined before the LPR existed. */
export function lprCapOn(
  lpr: LprTable,
  on: CalendarDate,
): { rate: number; quotation: LprQuotation } | undefined {
  const quotation = lprInForce(lpr, on);
  return quotation && { rate: LPR_MULTIPLE * basisPointsToRate(quotation.oneYearBp), quotation };
}

function privateLendingCap(contractDate: CalendarDate, asOf: CalendarDate, lpr: LprTable): CapDecision {
  if (contractDate < PRIVATE_LENDING_REFORM_DATE) {
    // 第31条: the old 24 % until 2020-08-19, then 4 × LPR at the time of suit (assumed: asOf).
    const atSuit = lprCapOn(lpr, asOf);
    const later = atSuit?.rate ?? REFERENCE_CAP_24;
    return {
      basis: 'transitional_split',
      strength: 'statutory',
      rate: later,
      segments: [
        { from: null, rate: REFERENCE_CAP_24 },
        { from: PRIVATE_LENDING_REFORM_DATE, rate: later },
      ],
      lpr: atSuit?.quotation ?? null,
      citations: [
        'spc-private-lending-2020b-31',
        'spc-private-lending-2015-26',
        'spc-private-lending-2020b-25',
      ],
    };
  }
  const atContract = lprCapOn(lpr, contractDate);
  // The table starts at the reform, so a post-2020-08-20 contract always finds a quotation.
  const rate = atContract?.rate ?? REFERENCE_CAP_24;
  return {
    basis: 'lpr4x_at_contract',
    strength: 'statutory',
    rate,
    segments: [{ from: null, rate }],
    lpr: atContract?.quotation ?? null,
    citations: ['spc-private-lending-2020b-25', 'spc-private-lending-2020b-29'],
  };
}

/**
 * No licence: the contract may be void, and courts differ on what they allow. The headline is the
 * cautious reading: the principal received plus interest at no more than the one-year LPR in force
 * when the money was lent (or the earliest quotation, for loans before the LPR existed).
 */
function unlicensedCap(contractDate: CalendarDate, asOf: CalendarDate, lpr: LprTable): CapDecision {
  const quotation = lprInForce(lpr, contractDate) ?? lprInForce(lpr, asOf) ?? null;
  const rate = quotation ? basisPointsToRate(quotation.oneYearBp) : 0;
  return {
    basis: 'unlicensed_lpr_at_most',
    strength: 'reference',
    rate,
    segments: [{ from: null, rate }],
    lpr: quotation,
    citations: ['civil-code-680', 'spc-private-lending-2020b-26', 'criminal-law-293-1'],
  };
}

function reference24(basis: CapBasis, citations: CitationId[]): CapDecision {
  return {
    basis,
    strength: 'reference',
    rate: REFERENCE_CAP_24,
    segments: [{ from: null, rate: REFERENCE_CAP_24 }],
    lpr: null,
    citations,
  };
}

/** The cap in force on a given day. */
export function capOn(segments: readonly CapSegment[], day: CalendarDate): number {
  let rate = segments[0]?.rate ?? REFERENCE_CAP_24;
  for (const segment of segments) if (segment.from === null || segment.from <= day) rate = segment.rate;
  return rate;
}
