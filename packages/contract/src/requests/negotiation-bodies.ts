import { agreementSchema, dateField, NEGOTIATION_STATES, textField } from '@shangan/core';
import { z } from 'zod';

/** The longest note on a negotiation move, in characters. */
export const MAX_MOVE_NOTE_LENGTH = 5000;

/** POST /api/cases/:caseId/debts/:debtId/negotiation: the state the negotiation moves to. */
export const moveBody = z.strictObject({
  state: z.enum(NEGOTIATION_STATES),
  note: textField(MAX_MOVE_NOTE_LENGTH).optional(),
});

/** POST /api/cases/:caseId/debts/:debtId/agreements: the core's agreement as the person records it. */
export const agreementBody = agreementSchema;

/** POST /api/cases/:caseId/agreements/:agreementId/instalments/:seq/paid. */
export const paidBody = z.strictObject({ paidOn: dateField() });
