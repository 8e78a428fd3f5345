import { z } from 'zod';

/**
 * GET /api/cases/:caseId/calendar.ics: discreet by default — event titles read "上岸：1项待办", with
 * no lender name or amount, because a phone shows them on the lock screen. discreet=false gives the
 * details.
 */
export const calendarQuery = z.strictObject({ discreet: z.enum(['true', 'false']).default('true') });
