import { z } from 'zod';

/**
 * What the owner grants an advisor beyond reading (ADR 0024). Both default to no: an advisor gets
 * more than reading only when the owner says so explicitly.
 */
export const advisorPermissions = {
  /** Replace the case file and write contacts, evidence, negotiation and agreements. */
  canEdit: z.boolean().default(false),
  /** Export with the full phone and ID numbers and the address. */
  canReveal: z.boolean().default(false),
};

/** PUT /api/cases/:caseId/advisors/:advisorId: the advisor's permissions from now on. */
export const advisorGrantBody = z.strictObject(advisorPermissions);
