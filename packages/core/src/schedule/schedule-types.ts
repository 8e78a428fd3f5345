import type { CalendarDate } from '../dates/calendar-date.js';
import type { Fen } from '../money/fen.js';

/**
 * 等额本息 equal_installment, 等额本金 equal_principal, 先息后本 interest_only,
 * 到期一次还本付息 bullet, and credit-card style flat-fee instalments (每期手续费按原始本金计).
 */
export const REPAYMENT_METHODS = [
  'equal_installment',
  'equal_principal',
  'interest_only',
  'bullet',
  'flat_fee',
] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const FREQUENCIES = ['monthly', 'weekly', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface ScheduleTerms {
  method: RepaymentMethod;
  principal: Fen;
  periods: number;
  frequency: Frequency;
  /** Interest per period; for flat_fee, the fee rate per period on the original principal. */
  periodicRate: number;
  /** A fee due with every instalment (服务费/会员费 charged per period). */
  perPeriodFee?: Fen;
  /** The loan's start; the first instalment falls one period later unless firstDueDate says otherwise. */
  startDate?: CalendarDate;
  firstDueDate?: CalendarDate;
}

/** One instalment. `payment` is everything due that period: principal + interest + fee. */
export interface ScheduleRow {
  period: number;
  date: CalendarDate | null;
  payment: Fen;
  principal: Fen;
  interest: Fen;
  fee: Fen;
  /** Principal still owed after this instalment. */
  balance: Fen;
}

export interface ScheduleTotals {
  payment: Fen;
  principal: Fen;
  interest: Fen;
  fee: Fen;
}

export interface Schedule {
  /** The regular instalment (the first one; the last may differ by rounding). */
  payment: Fen;
  rows: ScheduleRow[];
  totals: ScheduleTotals;
}

/** What a method decides per period, before dates, fees and balances are added. */
export interface InstalmentSplit {
  principal: number;
  interest: number;
  fee: number;
}
