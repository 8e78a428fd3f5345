import { z } from 'zod';
import { dateField, moneyField, textField } from './schema-primitives.js';

export const OFFER_KINDS = ['instalments', 'settlement', 'extension', 'penalty_waiver', 'hardship'] as const;
export const OFFER_STATES = ['open', 'accepted', 'refused', 'expired'] as const;

/**
 * An offer made on this debt: by the lender (for example a bank's 个性化分期) or by the person. The
 * figures are as stated in the offer; the analysis compares them with what a court would likely
 * support.
 */
export const offerSchema = z.strictObject({
  by: z.enum(['lender', 'me'], { error: '应为 lender 或 me' }),
  date: dateField(),
  kind: z.enum(OFFER_KINDS, { error: `应为 ${OFFER_KINDS.join(' | ')} 之一 (must be one of these)` }),
  total: moneyField().optional(),
  down: moneyField({ min: 'nonnegative' }).optional(),
  periods: z
    .number({ error: '应为整数 (expected a whole number)' })
    .int('应为整数 (expected a whole number)')
    .min(1, '至少 1 期 (at least 1 period)')
    .max(120, '期数过多 (too many periods)')
    .optional(),
  monthly: moneyField().optional(),
  firstDue: dateField().optional(),
  waived: moneyField({ min: 'nonnegative' }).optional(),
  conditions: textField(1000).optional(),
  state: z
    .enum(OFFER_STATES, { error: `应为 ${OFFER_STATES.join(' | ')} 之一 (must be one of these)` })
    .default('open'),
});

export type Offer = z.output<typeof offerSchema>;
