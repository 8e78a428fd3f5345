import {
  analyzeCaseFile,
  caseReportJson,
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type Fen,
  type Lang,
  moneyField,
  type PlanOptions,
  planCaseFile,
  planReportJson,
  STRATEGIES,
  writeDocument,
} from '@shangan/core';
import { renderDocx } from '@shangan/docx';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { requireCase } from '../../store/case-access.js';
import { readCaseFile } from '../../store/case-store.js';
import { invalidInput } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { exactArrayBuffer } from '../array-buffer.js';
import { ReportCache } from '../report-cache.js';

const langQuery = z.enum(['zh', 'en']).default('zh');
export const planQuery = z.strictObject({
  lang: langQuery,
  strategy: z.enum([...STRATEGIES, 'all']).default('all'),
  /** What-if capacity in yuan instead of the budget's (the web app's sliders, `plan --monthly`). */
  monthly: moneyField({ min: 'nonnegative' }).optional(),
  lumpSum: moneyField({ min: 'nonnegative' }).optional(),
});
export const documentQuery = z.strictObject({
  debt: z.string().min(1, '必填 (required)'),
  format: z.enum(DOCUMENT_FORMATS).default('md'),
  strategy: z.enum(STRATEGIES).optional(),
  reveal: z.enum(['true', 'false']).default('false'),
});

function parseQuery<S extends z.ZodType>(schema: S, c: Context): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    throw invalidInput(
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** The what-if amounts given, and only those: the others stay the budget's. */
function capacityOverride(amounts: {
  monthly?: Fen | undefined;
  lumpSum?: Fen | undefined;
}): NonNullable<PlanOptions['capacityOverride']> {
  return {
    ...(amounts.monthly === undefined ? {} : { monthly: amounts.monthly }),
    ...(amounts.lumpSum === undefined ? {} : { lumpSum: amounts.lumpSum }),
  };
}

/** The same use-cases as `shangan analyze | plan | letter`, on the stored case: the same numbers. */
export function registerReportRoutes(app: Hono<AppEnv>) {
  const cache = new ReportCache();
  app.get('/api/cases/:caseId/analysis', async (c) => {
    const lang: Lang = parseQuery(z.strictObject({ lang: langQuery }), c).lang;
    const caseId = c.req.param('caseId');
    const { revision } = await requireCase(c.var.db, c.var.actor, caseId, 'read_analysis');
    const body = await cache.get(`${caseId}|${revision}|analysis|${lang}`, async () => {
      const text = JSON.stringify(await readCaseFile(c.var.db, c.var.actor, caseId));
      const result = analyzeCaseFile({ text, lpr: c.var.lpr });
      if (!result.ok) throw invalidInput(result.issues);
      return JSON.stringify(caseReportJson(result.value.analysis, lang));
    });
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/api/cases/:caseId/plan', async (c) => {
    const query = parseQuery(planQuery, c);
    const caseId = c.req.param('caseId');
    const { revision } = await requireCase(c.var.db, c.var.actor, caseId, 'read_plan');
    // Keyed by the parsed fen, so "2575" and "2575.00" share one entry.
    const key = `${caseId}|${revision}|plan|${query.lang}|${query.strategy}|${query.monthly ?? ''}|${query.lumpSum ?? ''}`;
    const body = await cache.get(key, async () => {
      const text = JSON.stringify(await readCaseFile(c.var.db, c.var.actor, caseId));
      const strategies = query.strategy === 'all' ? STRATEGIES : [query.strategy];
      const options = { strategies, capacityOverride: capacityOverride(query) };
      const result = planCaseFile({ text, lpr: c.var.lpr, options });
      if (!result.ok) throw invalidInput(result.issues);
      const { plan, analysis, caseFile } = result.value;
      return JSON.stringify(planReportJson(plan, analysis, caseFile, query.lang));
    });
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/api/cases/:caseId/documents/:kind', async (c) => {
    const kind = z.enum(DOCUMENT_KINDS).safeParse(c.req.param('kind'));
    if (!kind.success) {
      throw invalidInput([
        { path: 'kind', message: `应为 ${DOCUMENT_KINDS.join(' | ')} 之一 (must be one of these)` },
      ]);
    }
    const query = parseQuery(documentQuery, c);
    const text = JSON.stringify(await readCaseFile(c.var.db, c.var.actor, c.req.param('caseId')));
    const result = await writeDocument({
      text,
      lpr: c.var.lpr,
      debtId: query.debt,
      kind: kind.data,
      format: query.format,
      strategy: query.strategy,
      reveal: query.reveal === 'true',
      renderDocx,
    });
    if (!result.ok) throw invalidInput(result.issues);
    const document = result.value;
    const body = typeof document.body === 'string' ? document.body : exactArrayBuffer(document.body);
    return c.body(body, 200, {
      'Content-Type': document.contentType,
      'Content-Disposition': `attachment; filename="${document.fileName}"`,
      // The print-ready HTML carries its styles inline and runs no script.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
  });
}
