import { z } from 'zod';
import { dateField, rateField, wholeNumberField } from './schema-primitives.js';
import { says } from './state-issue.js';

const dayOfMonth = wholeNumberField().min(1).max(31);

/**
 * A credit card described the way its statement does. The debt's `principal` is the card's
 * principal (透支本金) and `claimed` the balance the bank states, with its split where known; the
 * debt's `contractDate` is the day the card was opened, which starts neither interest nor limitation.
 * A card instalment plan (分期) is described by the debt's `terms` (method `flat_fee`).
 */
export const cardSchema = z.strictObject({
  /** Last four digits of the card number: letters to the bank name the card by them. */
  last4: z
    .string()
    .regex(/^\d{4}$/, says({ code: 'invalid_card_last4', params: {} }))
    .optional(),
  /** 账单日 and 到期还款日, as days of the month. */
  statementDay: dayOfMonth.optional(),
  dueDay: dayOfMonth.optional(),
  /** The overdraft rate per day (透支利率, e.g. 0.05 % = 万分之五). */
  dailyRate: rateField({ max: 0.01 }).optional(),
  /**
   * The first 到期还款日 that was missed: card interest, charges and limitation are counted from it
   * (银行卡规定 第3条 for the interruptions), never from the opening date.
   */
  firstMissedDueDate: dateField().optional(),
  /**
   * The last 到期还款日 the bank set (for example when it demanded the whole balance). Limitation for
   * the whole balance cannot have run before three years from it; defaults to firstMissedDueDate.
   */
  lastDueDate: dateField().optional(),
});

export type Card = z.output<typeof cardSchema>;
