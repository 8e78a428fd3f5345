import type { CalendarDate } from '../dates/calendar-date.js';
import { fromParts, parseCalendarDate, toParts } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import type { MessageTime } from './message-types.js';

const PERIOD = '(上午|早上|早晨|中午|下午|傍晚|晚上|夜里|夜间|半夜|凌晨|深夜)';
const CLOCK = `(?:${PERIOD}\\s*)?(\\d{1,2})(?::(\\d{2})(?::\\d{2})?|点(?:(\\d{1,2})分?|(半))?|时(\\d{1,2})分?)(?!\\s*(?:前|之前|以前|内|后|以后|截止))`;
const FULL_DATE = '(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?';
const MONTH_DAY = '(\\d{1,2})月(\\d{1,2})[日号]?';
/** "11-03 22:40" and "11/3 22:40" are dates only when a time follows (else they may be a fraction). */
const NUMERIC_MONTH_DAY = '(\\d{1,2})[-/](\\d{1,2})(?=\\s+\\d{1,2}:\\d{2})';
const RELATIVE_DAY = '(今天|今日|昨天|昨日|昨晚|前天|今早|今晚)';
const WEEKDAY = '(?:星期[一二三四五六日天]|周[一二三四五六日天]|礼拜[一二三四五六日天])';

/**
 * A timestamp at the very start of a message, as phones and chat exports write it:
 * "2026-11-03 22:40", "2026年11月3日 晚上10点", "11月3日 22:40", "昨天 23:10", "22:40".
 */
const LEADING = new RegExp(
  `^[\\s\\[(]*(?:${FULL_DATE}|${MONTH_DAY}|${NUMERIC_MONTH_DAY}|${RELATIVE_DAY})?[\\s,]*(?:${WEEKDAY})?[\\s,T]*(?:${CLOCK})?[\\s\\])]*`,
);

export interface LeadingTimestamp {
  receivedAt: MessageTime;
  /** How many characters of the text the timestamp takes, with the spaces after it. */
  length: number;
}

/**
 * Reads a timestamp at the start of a message. Dates without a year, and words such as 昨天, are
 * placed relative to `today`: a received message lies in the past, so "12月30日" read on 2027-01-02
 * is 2026-12-30. Returns null if the text does not start with a date or a time.
 */
export function readLeadingTimestamp(text: string, today: CalendarDate): LeadingTimestamp | null {
  const match = LEADING.exec(text);
  if (!match || match[0].trim() === '') return null;
  // "今天18:00前还款" starts with a deadline, not a timestamp.
  if (/^\d/.test(text.slice(match[0].length))) return null;
  const g = match.slice(1);
  const date = resolveDate(g, today);
  const time = resolveClock(g.slice(8), g[7]);
  if (date === undefined && time === undefined) return null;
  // A bare number such as "3" or "12点" alone is not a timestamp unless a date or a clock colon says so.
  const hasDate = date !== undefined;
  if (!hasDate && time !== undefined && !/:|点|时/.test(match[0])) return null;
  return {
    receivedAt: {
      date: date ?? null,
      time: time ?? null,
      confidence: date !== undefined && time !== undefined ? 'high' : 'medium',
    },
    length: match[0].length,
  };
}

/** True when a line holds a timestamp and nothing else (a header above the message it dates). */
export function isTimestampLine(line: string, today: CalendarDate): boolean {
  const stamp = readLeadingTimestamp(line, today);
  return stamp !== null && line.slice(stamp.length).replace(/[\s:：,，\-—]/g, '') === '';
}

function resolveDate(g: (string | undefined)[], today: CalendarDate): CalendarDate | undefined {
  const [fy, fm, fd, mm, md, nm, nd, relative] = g;
  if (fy !== undefined) return validDate(Number(fy), Number(fm), Number(fd));
  const month = mm ?? nm;
  const day = md ?? nd;
  if (month !== undefined && day !== undefined) {
    const { year } = toParts(today);
    const sameYear = validDate(year, Number(month), Number(day));
    if (sameYear === undefined) return validDate(year - 1, Number(month), Number(day));
    return sameYear > today ? validDate(year - 1, Number(month), Number(day)) : sameYear;
  }
  if (relative === undefined) return undefined;
  if (relative.startsWith('昨')) return addDays(today, -1);
  if (relative === '前天') return addDays(today, -2);
  return today;
}

/** The clock groups: period, hour, minutes after ":", minutes after 点, 半, minutes after 时. */
function resolveClock(g: (string | undefined)[], relative: string | undefined): string | undefined {
  const [period, hourText, colonMinutes, pointMinutes, half, hourMinutes] = g;
  if (hourText === undefined) return undefined;
  let hour = Number(hourText);
  const minute = half !== undefined ? 30 : Number(colonMinutes ?? pointMinutes ?? hourMinutes ?? 0);
  const effectivePeriod = period ?? (relative === '昨晚' || relative === '今晚' ? '晚上' : undefined);
  hour = toTwentyFourHour(hour, effectivePeriod);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** 下午3点 = 15:00, 晚上11点 = 23:00, 中午1点 = 13:00, 凌晨12点 and 半夜12点 = 00:00. */
export function toTwentyFourHour(hour: number, period: string | undefined): number {
  if (period === undefined || hour > 12) return hour;
  if (['下午', '傍晚', '晚上', '夜里', '夜间', '深夜'].includes(period)) return hour === 12 ? 0 : hour + 12;
  if (period === '中午') return hour <= 2 ? hour + 12 : hour;
  if (['凌晨', '半夜'].includes(period)) return hour === 12 ? 0 : hour;
  return hour;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  return parseCalendarDate(fromParts({ year, month, day }));
}
