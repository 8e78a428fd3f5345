import { dateField, MAX_PASTED_CHARS } from '@shangan/core';
import { z } from 'zod';
import { contactBody } from './checked-case-file.js';

/** At most this many messages are logged at once: a day's worth of pasted SMS, with room. */
export const MAX_LOGGED_MESSAGES = 50;

/**
 * POST /api/cases/:caseId/messages/read: pasted messages, read against the case (nothing is
 * written). `today` is the person's own date, for messages that give no date.
 */
export const readMessagesBody = z.strictObject({
  text: z.string().max(MAX_PASTED_CHARS),
  today: dateField(),
  debtId: z.string().min(1).max(64).optional(),
});

/** POST /api/cases/:caseId/messages/log: the drafts the person confirmed, logged together. */
export const logMessagesBody = z.strictObject({
  entries: z
    .array(z.strictObject({ debtId: z.string().min(1).max(64), contact: contactBody }))
    .min(1)
    .max(MAX_LOGGED_MESSAGES),
});
