import type { CalendarDate, Reminder } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { checkIcs } from './ics-checker.js';
import { reminderCalendar } from './reminder-calendar.js';

const reminder = (kind: Reminder['kind'], date: string, title: string, detail: string): Reminder => ({
  kind,
  date: date as CalendarDate,
  debtId: 'bank-10k',
  title,
  detail,
});

const reminders = [
  reminder(
    'instalment_due',
    '2027-01-20',
    '某商业银行：第1期 778.71 元',
    '向某商业银行官方账户还第1期 778.71 元',
  ),
  reminder('payment_order_objection', '2026-12-15', '某小贷：支付令异议截止', '向法院提交书面异议'),
  reminder('contact_follow_up', '2026-12-10', '某小贷：跟进', '等对方答复'),
];
const stamp = '20261206T101500Z';

describe('reminderCalendar', () => {
  it('is a valid RFC 5545 file with alarms: instalments the day before and on the day, a court deadline 3 and 1 days before', () => {
    const { problems, calendar } = checkIcs(
      reminderCalendar('c1', '张三', reminders, { discreet: false, stamp }),
    );
    expect(problems).toEqual([]);
    const events = calendar?.children.filter((c) => c.name === 'VEVENT') ?? [];
    const triggers = events.map((event) =>
      event.children.map((alarm) => alarm.properties.find((p) => p.name === 'TRIGGER')?.value),
    );
    expect(triggers).toEqual([['-PT15H', 'PT9H'], ['-P2DT15H', '-PT15H'], ['PT9H']]);
    for (const event of events) {
      expect(event.properties.find((p) => p.name === 'DTSTAMP')?.value).toBe(stamp);
      for (const alarm of event.children)
        expect(alarm.properties.find((p) => p.name === 'ACTION')?.value).toBe('DISPLAY');
    }
  });

  it('in discreet mode names no lender and no amount anywhere', () => {
    const text = reminderCalendar('c1', '张三', reminders, { discreet: true, stamp });
    expect(checkIcs(text).problems).toEqual([]);
    for (const secret of ['某商业银行', '某小贷', '778.71', '张三', '支付令'])
      expect(text).not.toContain(secret);
    expect(text).toContain('SUMMARY:上岸：1项待办');
  });

  it('the checker finds what is wrong in a broken file', () => {
    const broken = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VCALENDAR\r\n';
    expect(checkIcs(broken).problems.length).toBeGreaterThan(0);
    expect(checkIcs('BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n').problems).toContain(
      'a line break is not CRLF',
    );
  });
});
