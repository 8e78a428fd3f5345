import { DOCUMENT_FORMATS, DOCUMENT_KINDS, moneyField, STRATEGIES } from '@shangan/core';
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
