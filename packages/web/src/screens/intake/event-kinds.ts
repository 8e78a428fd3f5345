/**
 * What the person can enter as interrupting limitation, in the order offered (the most common
 * first): the core's LIMITATION_EVENT_KINDS (packages/core/src/case/limitation-event-schema.ts;
 * event-kinds.test.ts checks they are the same). A report to the police is offered for cards only
 * (银行卡规定 第3条).
 */
export const EVENT_KINDS = ['demand', 'acknowledgement', 'lawsuit', 'debit', 'police_report'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function offeredEventKinds(lenderType: string): readonly EventKind[] {
  return lenderType === 'credit_card' ? EVENT_KINDS : EVENT_KINDS.filter((kind) => kind !== 'police_report');
}
