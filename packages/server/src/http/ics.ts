import { addDays, type CalendarDate } from '@shangan/core';

/** One all-day event. */
export interface IcsEvent {
  /** Globally unique and stable: the same reminder keeps its UID, so calendar apps update it in place. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  /**
   * Alarms, as RFC 5545 durations relative to the start of the day (midnight): "-PT15H" is 09:00
   * the day before, "PT9H" 09:00 on the day.
   */
  alarms?: readonly string[];
}

/** RFC 5545 §3.1: content lines are at most 75 octets, not counting the CRLF. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * An iCalendar file (RFC 5545) of all-day events with their alarms. `stamp` is when the file was
 * made (DTSTAMP, UTC, "20261206T101500Z"): passed in, so the same input gives the same bytes.
 */
export function writeCalendar({
  name,
  events,
  stamp,
}: {
  name?: string;
  events: readonly IcsEvent[];
  stamp: string;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shangan//zh-CN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name !== undefined ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
  ];
  for (const event of events) {
    const day = basicDate(event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      // DTEND of an all-day event is exclusive: the next day.
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      // A reminder does not make the person busy that day.
      'TRANSP:TRANSPARENT',
      ...(event.alarms ?? []).flatMap((trigger) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;RELATED=START:${trigger}`,
        `DESCRIPTION:${escapeText(event.summary)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, every kind of line
 * break becomes \n, and other control characters (not allowed in TEXT) are dropped.
 */
export function escapeText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n|\r/g, '\n')) {
    if (char === '\\' || char === ';' || char === ',') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t' || !isControl(char)) out += char;
  }
  return out;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): CRLF and one space before each
 * continuation, the space counting towards that line's 75. Breaks fall between characters, never
 * inside one (a Chinese character is 3 octets, an emoji 4), or the file would not be valid UTF-8.
 * An escape such as "\," also stays whole: the RFC allows splitting it, but some readers unescape
 * before they unfold.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const unit of foldUnits(line)) {
    const size = utf8Length(unit);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += unit;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The pieces a line may be folded between: code points, with a backslash kept to what it escapes. */
function foldUnits(line: string): string[] {
  const units: string[] = [];
  let pendingEscape = false;
  for (const char of line) {
    if (pendingEscape) units[units.length - 1] += char;
    else units.push(char);
    pendingEscape = !pendingEscape && char === '\\';
  }
  return units;
}

function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/** A moment as DTSTAMP wants it: UTC, basic format, to the second. */
export function icsStamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function basicDate(day: CalendarDate): string {
  return day.replaceAll('-', '');
}
