import {
  addDays,
  type CalendarDate,
  type CitationId,
  daysBetween,
  PAYMENT_ORDER_OBJECTION_DAYS,
  parseCalendarDate,
  type TriageItem,
} from '@shangan/core';
import { TRIAGE_ACTIONS, type TriageActionCode, type TriageAnswers } from './triage-questions';

/** One thing to do this week: its texts come from triage.json, and for court matters from the core. */
export interface UrgentAction {
  code: TriageActionCode;
  urgency: 'now' | 'this_week';
  citations: CitationId[];
  /** For the payment order and the lawsuit: the core's triage item, rendered by renderTriage. */
  item?: TriageItem;
}

/**
 * What the answers make urgent this week, court deadlines first. The payment order and the lawsuit
 * are the core's own triage items (the same deadline arithmetic and wording as the plan);
 * "pay and negotiate only through official channels" closes every list.
 */
export function urgentActions(answers: TriageAnswers, today: CalendarDate): UrgentAction[] {
  const actions: UrgentAction[] = [];
  const action = (code: TriageActionCode, urgency: UrgentAction['urgency'], item?: TriageItem) =>
    actions.push({
      code,
      urgency,
      citations: TRIAGE_ACTIONS[code].citations as CitationId[],
      ...(item ? { item } : {}),
    });
  if (answers.paymentOrder === 'yes') {
    const received = parseCalendarDate(answers.paymentOrderDate ?? '') ?? null;
    const deadline = received === null ? null : addDays(received, PAYMENT_ORDER_OBJECTION_DAYS);
    action('paymentOrder', 'now', {
      code: 'payment_order',
      params: { received, deadline, daysLeft: deadline === null ? null : daysBetween(today, deadline) },
      debtId: null,
      date: deadline ?? today,
      urgency: 'now',
      basis: 'law',
      citations: ['civil-procedure-payment-order'],
    });
  }
  if (answers.sued === 'yes') {
    action('sued', 'now', {
      code: 'lawsuit',
      params: {},
      debtId: null,
      date: today,
      urgency: 'now',
      basis: 'law',
      citations: ['civil-procedure-125'],
    });
  }
  if (answers.cardFraud === 'yes') action('cardFraud', 'now');
  if (answers.harassment === 'yes') action('harassment', 'this_week');
  if (answers.essentials === 'yes') action('essentials', 'this_week');
  action('officialOnly', 'this_week');
  return actions;
}
