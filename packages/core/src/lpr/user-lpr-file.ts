import { z } from 'zod';
import type { LprQuotation } from './lpr-quotation.js';
import { quotationFromUser, userLprQuotationSchema } from './user-lpr-quotation.js';

/**
 * The CLI user's own LPR quotations (newer than the built-in table), stored outside the package.
 * Each quotation follows the rules the API's store follows too (user-lpr-quotation.ts).
 */
export const userLprFileSchema = z.strictObject({
  version: z.literal(1),
  quotations: z.array(userLprQuotationSchema),
});

export type UserLprFile = z.infer<typeof userLprFileSchema>;

export function quotationsFromUserFile(file: UserLprFile): LprQuotation[] {
  return file.quotations.map(quotationFromUser);
}
