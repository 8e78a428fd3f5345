import {
  analysisQuery,
  documentParams,
  documentQuery,
  offerBody,
  planQuery,
  progressQuery,
} from '@shangan/contract';
import { Hono } from 'hono';
import { exactArrayBuffer } from '../array-buffer.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

/** The same use-cases as `shangan analyze | plan | letter`, on the stored case: the same numbers. */
export const reportRoutes = new Hono()
  .get('/api/cases/:caseId/analysis', validate('query', analysisQuery), async (c) => {
    const lang = c.req.valid('query').lang ?? c.var.lang;
    return c.json(await c.var.reports.analysis(c.var.actor, c.req.param('caseId'), lang));
  })
  .get('/api/cases/:caseId/plan', validate('query', planQuery), async (c) => {
    const query = c.req.valid('query');
    const lang = query.lang ?? c.var.lang;
    return c.json(await c.var.reports.plan(c.var.actor, c.req.param('caseId'), { ...query, lang }));
  })
  .get('/api/cases/:caseId/progress', validate('query', progressQuery), async (c) => {
    const query = c.req.valid('query');
    const lang = query.lang ?? c.var.lang;
    return c.json(await c.var.reports.progress(c.var.actor, c.req.param('caseId'), { ...query, lang }));
  })
  .post(
    '/api/cases/:caseId/debts/:debtId/offer',
    jsonBody(8 * 1024),
    validate('json', offerBody),
    async (c) => {
      const { lang, ...offer } = c.req.valid('json');
      const { caseId, debtId } = c.req.param();
      return c.json(await c.var.reports.offer(c.var.actor, caseId, debtId, offer, lang ?? c.var.lang));
    },
  )
  .get(
    '/api/cases/:caseId/documents/:kind',
    validate('param', documentParams),
    validate('query', documentQuery),
    async (c) => {
      const { caseId, kind } = c.req.valid('param');
      const query = c.req.valid('query');
      const document = await c.var.reports.document(c.var.actor, caseId, {
        kind,
        debtId: query.debt,
        format: query.format,
        strategy: query.strategy,
        mask: query.mask === 'true',
      });
      const body = typeof document.body === 'string' ? document.body : exactArrayBuffer(document.body);
      return c.body(body, 200, {
        'Content-Type': document.contentType,
        'Content-Disposition': `attachment; filename="${document.fileName}"`,
        // The print-ready HTML carries its styles inline and runs no script.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      });
    },
  );
