import { moveBody } from '@shangan/contract';
import { Hono } from 'hono';
import { listNegotiation, moveNegotiation } from '../../use-cases/negotiation-use-cases.js';
import { jsonBody } from '../read-body.js';
import { validate } from '../validate.js';

/** Where each debt's negotiation stands, and its moves (409 when a move is not allowed from there). */
export const negotiationRoutes = new Hono()
  .get('/api/cases/:caseId/negotiation', async (c) =>
    c.json({ negotiation: await listNegotiation(c.var.db, c.var.actor, c.req.param('caseId')) }),
  )
  .post(
    '/api/cases/:caseId/debts/:debtId/negotiation',
    jsonBody(64 * 1024),
    validate('json', moveBody),
    async (c) => {
      const { caseId, debtId } = c.req.param();
      return c.json(await moveNegotiation(c.var.db, c.var.actor, caseId, debtId, c.req.valid('json')), 201);
    },
  );
