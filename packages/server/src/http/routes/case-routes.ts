import { createCaseBody, replaceCaseBody } from '@shangan/contract';
import { Hono } from 'hono';
import { caseLimitsOf } from '../../use-cases/case-limits.js';
import { createCase, deleteCase, listCases, readCase, replaceCase } from '../../use-cases/case-use-cases.js';
import { caseEtag, expectedRevision, requireIfMatch } from '../case-etag.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

/**
 * The cases the actor may see, and each one as a whole case file. A case's ETag is its revision:
 * GET sends it, PUT must name it in If-Match (ADR 0022), and every write answers the new one.
 */
export const caseRoutes = new Hono()
  .get('/api/cases', async (c) => c.json({ cases: await listCases(c.var.db, c.var.actor) }))
  .post('/api/cases', jsonBody(), validate('json', createCaseBody), async (c) => {
    const { title, caseFile } = c.req.valid('json');
    const { revision, ...stored } = await createCase(
      c.var.db,
      c.var.actor,
      title,
      caseFile,
      caseLimitsOf(c.var.config),
    );
    return c.json(stored, 201, { ETag: caseEtag(revision) });
  })
  .get('/api/cases/:caseId', async (c) => {
    const { revision, ...stored } = await readCase(c.var.db, c.var.actor, c.req.param('caseId'));
    return c.json(stored, 200, { ETag: caseEtag(revision) });
  })
  .put('/api/cases/:caseId', requireIfMatch, jsonBody(), validate('json', replaceCaseBody), async (c) => {
    const { title, caseFile } = c.req.valid('json');
    const expected = expectedRevision(c.req.valid('header'));
    const { revision, ...stored } = await replaceCase(
      c.var.db,
      c.var.actor,
      c.req.param('caseId'),
      expected,
      title,
      caseFile,
    );
    return c.json(stored, 200, { ETag: caseEtag(revision) });
  })
  .delete('/api/cases/:caseId', async (c) => {
    await deleteCase(c.var.db, c.var.actor, c.req.param('caseId'));
    return c.body(null, 204);
  });
