import { DOCUMENT_FORMATS, DOCUMENT_KINDS, dateField, moneyField, STRATEGIES } from '@shangan/core';
import { z } from 'zod';

/** The language of a report's words; the Accept-Language header's when not given. */
const lang = z.enum(['zh', 'en']).optional();

/** GET /api/cases/:caseId/analysis. */
export const analysisQuery = z.strictObject({ lang });

/** GET /api/cases/:caseId/plan. */
export const planQuery = z.strictObject({
  lang,
  strategy: z.enum([...STRATEGIES, 'all']).default('all'),
  /** What-if capacity in yuan instead of the budget's (the web app's sliders, `plan --monthly`). */
  monthly: moneyField({ min: 'nonnegative' }).optional(),
  lumpSum: moneyField({ min: 'nonnegative' }).optional(),
});

/** GET /api/cases/:caseId/progress: the agreements read against the payments, the rest against the plan. */
export const progressQuery = z.strictObject({ lang, strategy: z.enum(STRATEGIES).default('pro_rata') });

/**
 * POST /api/cases/:caseId/debts/:debtId/offer: an offer to weigh (`shangan offer`), nothing stored.
 * Money in yuan as typed; `periods` monthly payments after the down payment.
 */
export const offerBody = z.strictObject({
  lang,
  total: moneyField(),
  down: moneyField({ min: 'nonnegative' }).optional(),
  periods: z.number().int().min(1).max(120).optional(),
  firstDue: dateField().optional(),
  conditions: z.string().max(1000).optional(),
});

/** GET /api/cases/:caseId/documents/:kind — the kind is a path parameter. */
export const documentParams = z.object({ caseId: z.string(), kind: z.enum(DOCUMENT_KINDS) });

/** GET /api/cases/:caseId/documents/:kind. */
export const documentQuery = z.strictObject({
  debt: z.string().min(1),
  format: z.enum(DOCUMENT_FORMATS).default('md'),
  strategy: z.enum(STRATEGIES).optional(),
  /** The copy to share: phone and ID numbers masked. The letter itself carries them in full. */
  mask: z.enum(['true', 'false']).default('false'),
});
