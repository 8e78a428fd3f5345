import { z } from 'zod';
import { MAX_CASE_TITLE_LENGTH } from './case-body.js';

/** GET /api/cases/:caseId/export: phone and ID numbers are left out unless reveal=true. */
export const exportQuery = z.strictObject({ reveal: z.enum(['true', 'false']).default('false') });

/** POST /api/import: the new case's title; a long one is cut, a missing one named for what it is. */
export const importQuery = z.strictObject({
  title: z
    .string()
    .transform((title) => title.trim().slice(0, MAX_CASE_TITLE_LENGTH))
    .optional(),
});
