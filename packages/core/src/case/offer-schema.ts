import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_TEXT_LIMITS } from './contact-schema.js';
import { dateField, localMinuteField, moneyField, textField, wholeNumberField } from './schema-primitives.js';

export const OFFER_KINDS = ['instalments', 'settlement', 'extension', 'penalty_waiver', 'hardship'] as const;
export const OFFER_STATES = ['open', 'accepted', 'refused', 'expired'] as const;

/**
 * An offer made on this debt: by the lender (for example a bank's 个性化分期) or by the person. The
 * figures are as stated in the offer; the analysis compares them with what a court would likely
 * support.
 */
/**
 * Through whom the offer came: the channel, the agent's 工号 and name as they gave them, and the
 * contact in the log it was made in (its `at`, the same debt's contact log). What a lender's agent
 * offered on the phone is only as good as who offered it and when.
 */
export const offerViaSchema = z.strictObject({
  channel: z.enum(CONTACT_CHANNELS).optional(),
  staffId: textField(CONTACT_TEXT_LIMITS.staffId).optional(),
  counterpartName: textField(CONTACT_TEXT_LIMITS.counterpartName).optional(),
  contactAt: localMinuteField().optional(),
});

export const offerSchema = z.strictObject({
  by: z.enum(['lender', 'me']),
  date: dateField(),
  kind: z.enum(OFFER_KINDS),
  total: moneyField().optional(),
  down: moneyField({ min: 'nonnegative' }).optional(),
  periods: wholeNumberField().min(1).max(120).optional(),
  monthly: moneyField().optional(),
  firstDue: dateField().optional(),
  waived: moneyField({ min: 'nonnegative' }).optional(),
  conditions: textField(1000).optional(),
  via: offerViaSchema.optional(),
  state: z.enum(OFFER_STATES).default('open'),
});

export type Offer = z.output<typeof offerSchema>;
