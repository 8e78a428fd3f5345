import type { Debt, DebtFee } from '../case/case-schema.js';
import { statedRate } from '../case/rate-choice.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { daysBetween } from '../dates/date-arithmetic.js';
import { DEFAULT_DAY_COUNT, daysPerYear } from '../dates/day-count.js';
import { allocate } from '../money/allocate.js';
import { type Fen, fen, sumFen } from '../money/fen.js';
import { buildSchedule } from '../schedule/build-schedule.js';
import { addPeriods } from '../schedule/due-dates.js';
import { periodicRate, periodsPerYear } from '../schedule/periodic-rate.js';
import type { Frequency } from '../schedule/schedule-types.js';
import { cashReceived } from './cash-received.js';

export interface DatedPayment {
  date: CalendarDate;
  amount: Fen;
}

/** What the contract makes the borrower pay, as cash flows a lawyer can check line by line. */
export interface ContractCashFlows {
  /** Cash actually received on the contract date (face principal minus anything deducted upfront). */
  received: Fen;
  /** Everything due, in date order: instalments (with per-period fees) and dated fees. */
  due: DatedPayment[];
  /**
   * The principal part of each instalment, scaled to the cash received (the court's principal):
   * from the terms' own split, or in proportion to the instalments of a lender's schedule.
   */
  principalDue: DatedPayment[];
  /** How many of the loan's periods make a year (12 for monthly instalments; 365/7 for a 7-day bullet). */
  periodsPerYear: number;
  /**
   * True when the instalments fall exactly one period apart from the contract date and no fee is
   * dated separately, so the periodic IRR of 公告〔2021〕第3号 applies; otherwise XIRR is used.
   */
  regular: boolean;
}

/** Builds the contract's cash flows from the lender's schedule, else from the terms; null when neither is known. */
export function contractCashFlows(debt: Debt): ContractCashFlows | null {
  const { received } = cashReceived(debt);
  const perPeriodFee = sumFen(debt.fees.filter((f) => f.when === 'per_period').map((f) => f.amount));
  const datedFees = debt.fees.filter(
    (f): f is DebtFee & { when: CalendarDate } => f.when !== 'upfront' && f.when !== 'per_period',
  );
  const fromTerms = debt.schedule ? null : instalmentsFromTerms(debt, perPeriodFee);
  const instalments = debt.schedule
    ? debt.schedule.map((row) => ({
        date: row.date,
        amount: fen(row.amount + perPeriodFee),
        principal: row.amount,
      }))
    : fromTerms;
  if (!instalments) return null;
  const shares = allocate(
    received,
    instalments.map((row) => row.principal),
  );
  const principalDue = instalments.map((row, index) => ({ date: row.date, amount: shares[index] ?? fen(0) }));
  const due = [
    ...instalments.map(({ date, amount }) => ({ date, amount })),
    ...datedFees.map((f) => ({ date: f.when, amount: f.amount })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frequency: Frequency = debt.terms?.frequency ?? inferFrequency(instalments.map((row) => row.date));
  const spacing = debt.terms?.method === 'bullet' ? debt.terms.periods : 1;
  // The true rate counts real years of 365 days; the contract's dayCount only converts its stated rate.
  const dayCount = DEFAULT_DAY_COUNT;
  // A single instalment without terms is a bullet loan: one period from the contract to that date.
  const onlyDate = instalments.length === 1 && !debt.terms ? instalments[0]?.date : undefined;
  const loanPeriodsPerYear = onlyDate
    ? daysPerYear(dayCount) / Math.max(1, daysBetween(debt.contractDate, onlyDate))
    : periodsPerYear(frequency, dayCount) / spacing;
  const regular =
    datedFees.length === 0 &&
    (onlyDate !== undefined ||
      instalments.every(
        (row, index) => row.date === addPeriods(debt.contractDate, (index + 1) * spacing, frequency),
      ));
  return {
    received,
    due,
    principalDue,
    periodsPerYear: loanPeriodsPerYear,
    regular,
  };
}

function instalmentsFromTerms(debt: Debt, perPeriodFee: Fen): (DatedPayment & { principal: Fen })[] | null {
  const { terms } = debt;
  if (!terms) return null;
  const schedule = buildSchedule({
    method: terms.method,
    principal: debt.principal,
    periods: terms.periods,
    frequency: terms.frequency,
    periodicRate: periodicRate(statedRate(terms), terms.frequency, terms.dayCount ?? DEFAULT_DAY_COUNT),
    perPeriodFee,
    startDate: debt.contractDate,
    ...(terms.firstDueDate ? { firstDueDate: terms.firstDueDate } : {}),
  });
  return schedule.rows.map((row) => ({
    date: row.date ?? debt.contractDate,
    amount: row.payment,
    principal: row.principal,
  }));
}

/** A lender's schedule without terms: daily, weekly or monthly by the typical gap between instalments. */
function inferFrequency(dates: readonly CalendarDate[]): Frequency {
  const gaps = dates.slice(1).map((day, i) => daysBetween(dates[i] ?? day, day));
  const typical = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
  if (typical === undefined || typical > 10) return 'monthly';
  return typical > 2 ? 'weekly' : 'daily';
}
