import { Hono } from 'hono';
import { deleteEverything } from '../../use-cases/delete-everything.js';

/** Everything the person keeps here, at once. */
export const dataRoutes = new Hono().delete('/api/data', async (c) => {
  await deleteEverything(c.var.db, c.var.actor, c.var.wipeData);
  return c.body(null, 204);
});
