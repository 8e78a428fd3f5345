import { NEGOTIATION_STATES, textField } from '@shangan/core';
import type { Hono } from 'hono';
import { z } from 'zod';
import { listNegotiation, moveNegotiation } from '../../store/negotiation-store.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { parseBody } from '../parse-body.js';
import { readJson } from '../read-body.js';

export const moveBody = z.strictObject({
  state: z.enum(NEGOTIATION_STATES, {
    error: `应为 ${NEGOTIATION_STATES.join(' | ')} 之一 (must be one of these)`,
  }),
  note: textField(5000).optional(),
});

export function registerNegotiationRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases/:caseId/negotiation', async (c) =>
    c.json({ negotiation: await listNegotiation(c.var.db, c.var.actor, c.req.param('caseId')) }),
  );

  /** Moves one debt's negotiation to a new state; 409 when the move is not allowed from where it is. */
  app.post('/api/cases/:caseId/debts/:debtId/negotiation', async (c) => {
    const move = parseBody(moveBody, await readJson(c, 64 * 1024));
    const result = await moveNegotiation(
      c.var.db,
      c.var.actor,
      c.req.param('caseId'),
      c.req.param('debtId'),
      {
        state: move.state,
        note: move.note,
      },
    );
    if (!result.ok) throw new ApiError(409, 'invalid_transition', result.message);
    return c.json(result.value, 201);
  });
}
