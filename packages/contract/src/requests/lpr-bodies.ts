import { dateField, userLprQuotationSchema } from '@shangan/core';
import { z } from 'zod';

/**
 * POST /api/lpr/quotations: one quotation the person read on the CFETS or PBOC website, checked by
 * the rules the CLI's user file follows (core `userLprQuotationSchema`). One of the same date is
 * replaced. When it was added is the server's to record, not the body's.
 */
export const lprQuotationBody = userLprQuotationSchema.omit({ addedOn: true });

/** DELETE /api/lpr/quotations/:date. */
export const lprQuotationParams = z.strictObject({ date: dateField() });
