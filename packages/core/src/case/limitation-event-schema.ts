import { z } from 'zod';
import { dateField, textField } from './schema-primitives.js';

/**
 * What can interrupt limitation (民法典 第195条; 诉讼时效规定 第8、14条; 银行卡规定 第3条), besides the
 * payments and the contacts already in the file:
 * acknowledgement — the person agreed in writing to pay, or to a plan;
 * demand — a demand that reached the person (letter, SMS, app message, call from the creditor);
 * lawsuit — a suit, arbitration or payment order was filed;
 * debit — the bank debited the person's account for this debt;
 * police_report — the bank reported suspected 恶意透支 to the police (cards).
 */
export const LIMITATION_EVENT_KINDS = [
  'acknowledgement',
  'demand',
  'lawsuit',
  'debit',
  'police_report',
] as const;
export type LimitationEventKind = (typeof LIMITATION_EVENT_KINDS)[number];

export const limitationEventSchema = z.strictObject({
  date: dateField(),
  kind: z.enum(LIMITATION_EVENT_KINDS),
  note: textField(500).optional(),
});

export type LimitationEvent = z.output<typeof limitationEventSchema>;
