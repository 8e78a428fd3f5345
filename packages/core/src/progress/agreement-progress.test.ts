import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Fen, fen } from '../money/fen.js';
import { type Agreement, agreementSchema } from '../negotiation/agreement-schema.js';
import { agreementProgress, countsFrom } from './agreement-progress.js';

const day = (text: string) => text as CalendarDate;
const pay = (date: string, yuan: number) => ({ date: day(date), amount: fen(yuan * 100) as Fen });

/** 3,000 in three monthly instalments of 1,000 from 2026-09-10, signed 2026-08-25. */
function agreement(overrides: Record<string, unknown> = {}): Agreement {
  return agreementSchema.parse({
    signedOn: '2026-08-25',
    total: '3000',
    instalments: [
      { dueOn: '2026-09-10', amount: '1000' },
      { dueOn: '2026-10-10', amount: '1000' },
      { dueOn: '2026-11-10', amount: '1000' },
    ],
    ...overrides,
  });
}

describe('agreementProgress', () => {
  it('two instalments paid on time, the third missed', () => {
    const progress = agreementProgress(
      agreement(),
      [pay('2026-09-09', 1000), pay('2026-10-10', 1000)],
      day('2026-11-20'),
    );
    expect(progress.instalments.map((i) => i.state)).toEqual(['paid', 'paid', 'missed']);
    expect(progress.paid).toBe(200_000);
    expect(progress.remaining).toBe(100_000);
    expect(progress.nextDue).toEqual({ dueOn: '2026-11-10', amount: 100_000 });
    expect(progress.defaults).toBe(1);
    expect(progress.settled).toBe(false);
  });

  it('a payment within the grace days is on time; one day more is late', () => {
    const graced = agreement({ terms: { graceDays: 3 } });
    const onTime = agreementProgress(graced, [pay('2026-09-13', 1000)], day('2026-09-20'));
    expect(onTime.instalments[0]?.state).toBe('paid');
    expect(onTime.instalments[0]?.lateAfter).toBe('2026-09-13');
    const late = agreementProgress(graced, [pay('2026-09-14', 1000)], day('2026-09-20'));
    expect(late.instalments[0]?.state).toBe('paid_late');
    expect(late.defaults).toBe(1);
  });

  it('an overpayment carries into the next instalment, and beyond the total it is an overpayment', () => {
    const part = agreementProgress(agreement(), [pay('2026-09-01', 1500)], day('2026-09-30'));
    expect(part.instalments.map((i) => [i.state, i.paid])).toEqual([
      ['paid', 100_000],
      ['part_paid', 50_000],
      ['due', 0],
    ]);
    const over = agreementProgress(
      agreement(),
      [pay('2026-09-01', 2000), pay('2026-10-01', 1500)],
      day('2026-12-01'),
    );
    expect(over.settled).toBe(true);
    expect(over.paid).toBe(300_000);
    expect(over.overpaid).toBe(50_000);
    expect(over.nextDue).toBeNull();
  });

  it('payments before signing (on the original loan) and after the analysis date do not count', () => {
    const progress = agreementProgress(
      agreement(),
      [pay('2026-08-01', 500), pay('2026-09-10', 1000), pay('2026-12-31', 2000)],
      day('2026-10-01'),
    );
    expect(progress.paid).toBe(100_000);
    expect(progress.instalments.map((i) => i.state)).toEqual(['paid', 'due', 'due']);
  });

  it('without a signing date, payments count from a month before the first instalment', () => {
    const { signedOn: _signedOn, ...unsigned } = agreementSchema.parse({
      total: '1000',
      instalments: [{ dueOn: '2026-09-10', amount: '1000' }],
    });
    expect(countsFrom(unsigned)).toBe('2026-08-10');
  });
});
