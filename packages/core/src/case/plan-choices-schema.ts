import { z } from 'zod';

/** The most debts a case file holds, and so the longest custom order. */
export const MAX_ORDER_LENGTH = 200;

/**
 * The person's own choices for the plan. `order` is the creditor order of the `custom` strategy:
 * debt ids, the first paid first, as undebt.it's "custom order" lets a person put first the
 * creditor that matters most to them (a friend, the one threatening to sue). Debts not listed
 * follow in case-file order. Each id must be a debt of the file, listed once (checked with the
 * debts, in case-schema.ts).
 */
export const planChoicesSchema = z.strictObject({
  order: z.array(z.string().min(1).max(64)).max(MAX_ORDER_LENGTH).default([]),
});

export type PlanChoices = z.output<typeof planChoicesSchema>;
