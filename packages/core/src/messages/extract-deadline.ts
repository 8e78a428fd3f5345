import { type CalendarDate, fromParts, parseCalendarDate, toParts } from '../dates/calendar-date.js';
import { addDays, daysBetween } from '../dates/date-arithmetic.js';
import type { MessageText } from './message-text.js';
import type { Extracted } from './message-types.js';

/** Words before a date that make it a deadline: "请于", "最迟", "到期还款日:", "截止". */
const BEFORE =
  '(?:请于|请在|须于|需于|务必于|务必在|必须于|必须在|最迟|最晚|截止(?:日期|时间)?:?|截至|到期还款日:?|最后还款日:?|还款日:?|期限:?)\\s*';
/** Words after a date that make it a deadline: "前", "之前", "24点前", "截止". */
const AFTER = '\\s*(?:\\d{1,2}(?::\\d{2}|点)(?:\\d{1,2}分)?)?\\s*(?:前|之前|以前|截止|为止|到期|内)';
const FULL = '(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?';
const MONTH_DAY = '(\\d{1,2})月(\\d{1,2})[日号]?';
const NUMERIC_MONTH_DAY = '(\\d{1,2})[-/](\\d{1,2})';

const DEADLINE_FULL = new RegExp(`(${BEFORE})?${FULL}(${AFTER})?`, 'g');
const DEADLINE_MONTH_DAY = new RegExp(`(${BEFORE})?${MONTH_DAY}(${AFTER})?`, 'g');
/** "11-25" counts only right after 到期还款日 / 还款日 / 截止, where it cannot be a fraction. */
const DEADLINE_NUMERIC = new RegExp(
  `(?:到期还款日|最后还款日|还款日|截止日期|截止)\\s*:?\\s*${NUMERIC_MONTH_DAY}(?!\\d)`,
);
const RELATIVE =
  /(今天|今日|当天|当日|明天|明日|后天)\s*(?:\d{1,2}(?::\d{2}|点)(?:\d{1,2}分)?)?\s*(?:前|之前|以前|内|截止|为止)/;
const WITHIN_DAYS = /(\d{1,2})\s*(个工作日|天|日)\s*内/;
const WITHIN_HOURS = /(\d{1,3})\s*(?:个)?小时\s*内/;

/**
 * The date by which the message asks for payment or action, as 'YYYY-MM-DD'. A full date is sure;
 * a month and day ("11月25日前") is placed in the year of `today`, or the next year when that is
 * more than half a year ago; "今天/明天…前" and "3天内" count from `today`. The date must come
 * with a deadline word (请于…, …前, 到期还款日…): a date alone may be when something happened.
 */
export function extractDeadline(message: MessageText, today: CalendarDate): Extracted<CalendarDate> | null {
  const body = message.text.slice(message.bodyStart);
  for (const match of body.matchAll(DEADLINE_FULL)) {
    if (match[1] === undefined && match[5] === undefined) continue;
    const day = valid(Number(match[2]), Number(match[3]), Number(match[4]));
    if (day !== undefined) return { value: day, confidence: 'high' };
  }
  for (const match of body.matchAll(DEADLINE_MONTH_DAY)) {
    if (match[1] === undefined && match[4] === undefined) continue;
    const day = placeMonthDay(Number(match[2]), Number(match[3]), today);
    if (day !== undefined) return { value: day, confidence: 'medium' };
  }
  const numeric = DEADLINE_NUMERIC.exec(body);
  if (numeric) {
    const day = placeMonthDay(Number(numeric[1]), Number(numeric[2]), today);
    if (day !== undefined) return { value: day, confidence: 'medium' };
  }
  const relative = RELATIVE.exec(body);
  if (relative?.[1]) {
    const offset = /明/.test(relative[1]) ? 1 : relative[1] === '后天' ? 2 : 0;
    return { value: addDays(today, offset), confidence: 'medium' };
  }
  const withinDays = WITHIN_DAYS.exec(body);
  if (withinDays?.[1]) {
    // Working days skip weekends and holidays we do not model: a rough date, to be confirmed.
    const working = withinDays[2] === '个工作日';
    return { value: addDays(today, Number(withinDays[1])), confidence: working ? 'low' : 'medium' };
  }
  const withinHours = WITHIN_HOURS.exec(body);
  if (withinHours?.[1]) {
    // Without the hour the message arrived, "24小时内" can end today or tomorrow: a guess.
    return { value: addDays(today, Math.ceil(Number(withinHours[1]) / 24)), confidence: 'low' };
  }
  return null;
}

/** A month and day without a year: this year, unless that is over 183 days ago (then next year). */
function placeMonthDay(month: number, day: number, today: CalendarDate): CalendarDate | undefined {
  const { year } = toParts(today);
  const thisYear = valid(year, month, day);
  if (thisYear !== undefined && daysBetween(thisYear, today) <= 183) return thisYear;
  return valid(year + 1, month, day) ?? thisYear;
}

function valid(year: number, month: number, day: number): CalendarDate | undefined {
  return parseCalendarDate(fromParts({ year, month, day }));
}
