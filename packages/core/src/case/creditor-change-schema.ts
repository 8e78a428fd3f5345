import { z } from 'zod';
import { dateField, moneyField, textField } from './schema-primitives.js';

/**
 * The creditor changed: a guarantee company paid the lender (代偿) and now claims from the person,
 * or the debt was sold or assigned (债权转让). The new creditor may claim no more than the original
 * lender could (民法典 第700条 for the guarantor; the assignee takes the claim as it was).
 */
export const creditorChangeSchema = z.strictObject({
  kind: z.enum(['guarantor', 'assignee']),
  name: textField(200),
  date: dateField(),
  /** What the guarantor paid the lender (代偿金额), when known. */
  paid: moneyField().optional(),
});

export type CreditorChange = z.output<typeof creditorChangeSchema>;
