import { logMessagesBody, readMessagesBody } from '@shangan/contract';
import { Hono } from 'hono';
import { caseLimitsOf } from '../../use-cases/case-limits.js';
import { logMessages, readMessages } from '../../use-cases/message-use-cases.js';
import { jsonBody, MAX_JSON_BYTES } from '../read-body.js';
import { validate } from '../validate.js';

/** Pasted collection messages: read them against the case, then log the ones the person confirms. */
export const messageRoutes = new Hono()
  .post('/api/cases/:caseId/messages/read', jsonBody(), validate('json', readMessagesBody), async (c) => {
    const body = c.req.valid('json');
    return c.json(await readMessages(c.var.db, c.var.actor, c.req.param('caseId'), body, c.var.lang));
  })
  .post(
    '/api/cases/:caseId/messages/log',
    jsonBody(MAX_JSON_BYTES),
    validate('json', logMessagesBody),
    async (c) => {
      const { entries } = c.req.valid('json');
      const limits = caseLimitsOf(c.var.config);
      return c.json(
        { contacts: await logMessages(c.var.db, c.var.actor, c.req.param('caseId'), entries, limits) },
        201,
      );
    },
  );
