import type { CalendarDate, Reminder } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { groupReminders } from './group-reminders';

const on = (date: string): Reminder => ({
  date: date as CalendarDate,
  kind: 'instalment_due',
  debtId: 'd',
  title: date,
  detail: '',
});

describe('groupReminders', () => {
  it('splits at today, at the end of the rolling week and of the 30 days, keeping the order', () => {
    const groups = groupReminders(
      [
        on('2026-11-19'),
        on('2026-11-20'),
        on('2026-11-26'),
        on('2026-11-27'),
        on('2026-12-19'),
        on('2026-12-20'),
        on('2027-01-05'),
      ],
      '2026-11-20' as CalendarDate,
    );
    expect(groups.overdue.map((r) => r.date)).toEqual(['2026-11-19']);
    expect(groups.this_week.map((r) => r.date)).toEqual(['2026-11-20', '2026-11-26']);
    expect(groups.this_month.map((r) => r.date)).toEqual(['2026-11-27', '2026-12-19']);
    expect(groups.later.map((r) => r.date)).toEqual(['2026-12-20', '2027-01-05']);
  });

  it('crosses a month end', () => {
    const groups = groupReminders(
      [on('2026-12-04'), on('2026-12-05'), on('2026-12-27')],
      '2026-11-28' as CalendarDate,
    );
    expect(groups.this_week).toHaveLength(1);
    expect(groups.this_month).toHaveLength(2);
    expect(groups.later).toHaveLength(0);
  });
});
