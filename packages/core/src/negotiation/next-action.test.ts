import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Reminder, ReminderKind } from '../reminders/derive-reminders.js';
import { deriveNextAction } from './next-action.js';

const TODAY = '2026-11-20';

function reminder(kind: ReminderKind, date: string): Reminder {
  return { kind, date: date as CalendarDate, debtId: 'd', title: kind, detail: '' };
}

describe('deriveNextAction', () => {
  it('puts a payment-order objection deadline still ahead first, unless the debt is paid off', () => {
    const reminders = [
      reminder('contact_follow_up', '2026-11-22'),
      reminder('payment_order_objection', '2026-12-03'),
    ];
    const next = deriveNextAction({
      state: 'contacted',
      reminders,
      hasAgreement: false,
      hasContacts: false,
      today: TODAY,
    });
    expect(next).toEqual({ action: 'file_objection', reminder: reminders[1] });
    expect(
      deriveNextAction({ state: 'settled', reminders, hasAgreement: true, hasContacts: false, today: TODAY })
        .action,
    ).toBe('chase_certificate');
  });

  it('never sends a time-barred or unlicensed debt to the phone: raise limitation, or report it', () => {
    const base = { state: 'not_started' as const, hasAgreement: false, hasContacts: true, today: TODAY };
    expect(deriveNextAction({ ...base, reminders: [], route: 'limitation_defence' }).action).toBe(
      'raise_limitation',
    );
    expect(deriveNextAction({ ...base, reminders: [], route: 'unlicensed' }).action).toBe(
      'report_unlicensed',
    );
    expect(deriveNextAction({ ...base, reminders: [], route: 'negotiate' }).action).toBe('mark_contacted');
    // A payment order's deadline still comes first: the objection is what stops it.
    const order = [reminder('payment_order_objection', '2026-12-03')];
    expect(deriveNextAction({ ...base, reminders: order, route: 'limitation_defence' }).action).toBe(
      'file_objection',
    );
  });

  it('ignores an objection deadline that has passed', () => {
    const reminders = [reminder('payment_order_objection', '2026-11-01')];
    expect(
      deriveNextAction({
        state: 'not_started',
        reminders,
        hasAgreement: false,
        hasContacts: false,
        today: TODAY,
      }),
    ).toEqual({
      action: 'first_call',
      reminder: undefined,
    });
  });

  it('dates a follow-up by the next one ahead, else the latest one missed', () => {
    const old = reminder('contact_follow_up', '2026-11-01');
    const missed = reminder('contact_follow_up', '2026-11-10');
    const ahead = reminder('contact_follow_up', '2026-11-25');
    const later = reminder('contact_follow_up', '2026-12-25');
    const pick = (reminders: Reminder[]) =>
      deriveNextAction({
        state: 'offer_sent',
        reminders,
        hasAgreement: false,
        hasContacts: false,
        today: TODAY,
      }).reminder;
    expect(pick([later, old, ahead, missed])).toBe(ahead);
    expect(pick([missed, old])).toBe(missed);
    expect(pick([reminder('contact_follow_up', TODAY)])?.date).toBe(TODAY);
  });

  it('pays the oldest unpaid instalment first', () => {
    const first = reminder('instalment_due', '2026-10-10');
    const second = reminder('instalment_due', '2026-12-10');
    expect(
      deriveNextAction({
        state: 'paying',
        reminders: [second, first],
        hasAgreement: true,
        hasContacts: false,
        today: TODAY,
      }),
    ).toEqual({ action: 'pay_instalment', reminder: first });
  });

  it('asks for the agreement to be recorded, and for a settled mark once all is paid', () => {
    expect(
      deriveNextAction({
        state: 'agreed_written',
        reminders: [],
        hasAgreement: false,
        hasContacts: false,
        today: TODAY,
      }).action,
    ).toBe('record_agreement');
    expect(
      deriveNextAction({
        state: 'paying',
        reminders: [],
        hasAgreement: true,
        hasContacts: false,
        today: TODAY,
      }).action,
    ).toBe('mark_settled');
  });

  it('asks to mark a debt contacted once a contact is logged', () => {
    const followUp = reminder('contact_follow_up', '2026-11-25');
    expect(
      deriveNextAction({
        state: 'not_started',
        reminders: [followUp],
        hasAgreement: false,
        hasContacts: true,
        today: TODAY,
      }),
    ).toEqual({ action: 'mark_contacted', reminder: followUp });
  });

  it('follows the settlement to the certificate and the credit report', () => {
    const check = reminder('credit_report_check', '2027-01-01');
    expect(
      deriveNextAction({
        state: 'certificate_received',
        reminders: [check],
        hasAgreement: true,
        hasContacts: false,
        today: TODAY,
      }),
    ).toEqual({ action: 'check_credit', reminder: check });
    expect(
      deriveNextAction({
        state: 'credit_checked',
        reminders: [],
        hasAgreement: true,
        hasContacts: false,
        today: TODAY,
      }),
    ).toEqual({ action: 'done', reminder: undefined });
    expect(
      deriveNextAction({
        state: 'failed',
        reminders: [],
        hasAgreement: false,
        hasContacts: false,
        today: TODAY,
      }).action,
    ).toBe('other_routes');
  });
});
