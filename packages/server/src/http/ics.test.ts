import { date } from '@shangan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar } from './ics.js';

const octets = (text: string) => new TextEncoder().encode(text).byteLength;
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('keeps colons, quotes, tabs and Chinese punctuation, drops other control characters', () => {
    expect(escapeText('时间: "10:05"\t，；\u0007')).toBe('时间: "10:05"\t，；');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds at 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('folds long Chinese text at character boundaries, each line at most 75 octets', () => {
    const line = `DESCRIPTION:${'按还款协议应于当日前还款，只向官方账户还款。'.repeat(6)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const [index, part] of lines.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      // Each piece is whole UTF-8: decoding its own bytes gives it back unchanged.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    // 'DESCRIPTION:' is 12 octets, then 21 Chinese characters of 3: 75 exactly.
    expect(octets(lines[0] ?? '')).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits an emoji (4 octets, a surrogate pair in JavaScript)', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(65)}🙂🙂🙂`);
    // 8 + 65 = 73 octets; a fourth-octet break would cut the first emoji, so all three move on.
    expect(folded.split('\r\n')).toEqual([`SUMMARY:${'x'.repeat(65)}`, ' 🙂🙂🙂']);
  });

  it('keeps an escape sequence on one line', () => {
    // 8 + 65 + 2 = 75: the comma's escape fits, the backslash's does not.
    const line = `SUMMARY:${'x'.repeat(65)}\\,\\\\`;
    expect(foldLine(line)).toBe(`SUMMARY:${'x'.repeat(65)}\\,\r\n \\\\`);
    expect(foldLine(`SUMMARY:${'x'.repeat(66)}a\\,`)).toBe(`SUMMARY:${'x'.repeat(66)}a\r\n \\,`);
  });

  it('round-trips any escaped text: fold, unfold, same line; no piece over 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // No escape is cut in two: a piece never ends in an odd run of backslashes.
          expect((/\\*$/.exec(part)?.[0].length ?? 0) % 2).toBe(0);
        }
      }),
    );
  });
});

describe('writeCalendar', () => {
  it('writes an RFC 5545 calendar of all-day events with CRLF line endings', () => {
    const text = writeCalendar({
      name: '上岸：张三',
      stamp: '20261206T101500Z',
      events: [
        {
          uid: 'u1@shangan',
          date: date('2026-12-31'),
          summary: '还款;第1期, 1,000.00 元（全额）',
          description: '一\n二',
          alarms: ['-PT15H'],
        },
      ],
    });
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Shangan//zh-CN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:上岸：张三',
        'BEGIN:VEVENT',
        'UID:u1@shangan',
        'DTSTAMP:20261206T101500Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:还款\\;第1期\\, 1\\,000.00 元（全额）',
        'DESCRIPTION:一\\n二',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER;RELATED=START:-PT15H',
        'DESCRIPTION:还款\\;第1期\\, 1\\,000.00 元（全额）',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is the same text for the same events and stamp', () => {
    const events = [{ uid: 'a', date: date('2027-01-01'), summary: 's', description: 'd' }];
    const stamp = '20270101T000000Z';
    expect(writeCalendar({ events, stamp })).toBe(writeCalendar({ events, stamp }));
    expect(writeCalendar({ events, stamp })).not.toContain('X-WR-CALNAME');
  });
});
