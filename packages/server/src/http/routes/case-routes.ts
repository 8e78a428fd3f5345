import { createCaseBody, replaceCaseBody } from '@shangan/contract';
import { Hono } from 'hono';
import { caseLimitsOf } from '../../use-cases/case-limits.js';
import { createCase, deleteCase, listCases, readCase, replaceCase } from '../../use-cases/case-use-cases.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

/** The cases the actor may see, and each one as a whole case file. */
export const caseRoutes = new Hono()
  .get('/api/cases', async (c) => c.json({ cases: await listCases(c.var.db, c.var.actor) }))
  .post('/api/cases', jsonBody(), validate('json', createCaseBody), async (c) => {
    const { title, caseFile } = c.req.valid('json');
    return c.json(await createCase(c.var.db, c.var.actor, title, caseFile, caseLimitsOf(c.var.config)), 201);
  })
  .get('/api/cases/:caseId', async (c) =>
    c.json(await readCase(c.var.db, c.var.actor, c.req.param('caseId'))),
  )
  .put('/api/cases/:caseId', jsonBody(), validate('json', replaceCaseBody), async (c) => {
    const { title, caseFile } = c.req.valid('json');
    return c.json(await replaceCase(c.var.db, c.var.actor, c.req.param('caseId'), title, caseFile));
  })
  .delete('/api/cases/:caseId', async (c) => {
    await deleteCase(c.var.db, c.var.actor, c.req.param('caseId'));
    return c.body(null, 204);
  });
