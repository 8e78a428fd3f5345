import type { Hono } from 'hono';
import { z } from 'zod';
import {
  caseTitle,
  createCase,
  deleteCase,
  listCases,
  readCaseFile,
  replaceCase,
  validateCaseFile,
} from '../../store/case-store.js';
import { invalidInput } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { readJson } from '../read-body.js';

export const caseBody = z.strictObject({
  title: z.string().trim().min(1, '不能为空 (must not be empty)').max(200, '不能超过200个字符 (at most 200)'),
  caseFile: z.unknown(),
});

/** Validates { title, caseFile }; the case file's own issues are reported under caseFile.… paths. */
function parseCaseBody(body: unknown, { withContacts }: { withContacts: boolean }) {
  const parsed = caseBody.safeParse(body);
  if (!parsed.success) {
    throw invalidInput(
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(根)', message: issue.message })),
    );
  }
  const file = validateCaseFile(parsed.data.caseFile);
  if (!file.ok)
    throw invalidInput(file.issues.map((issue) => ({ ...issue, path: `caseFile.${issue.path}` })));
  if (!withContacts) {
    const debts = (file.value.debts as Record<string, unknown>[]) ?? [];
    const index = debts.findIndex((debt) => Array.isArray(debt.contacts) && debt.contacts.length > 0);
    if (index >= 0) {
      throw invalidInput([
        {
          path: `caseFile.debts[${index}].contacts`,
          message: '联系记录只能逐条添加，不能在编辑时改写 (contacts are logged one by one, never rewritten)',
        },
      ]);
    }
  }
  return { title: parsed.data.title, caseFile: file.value };
}

export function registerCaseRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases', async (c) => c.json({ cases: await listCases(c.var.db, c.var.actor) }));

  app.post('/api/cases', async (c) => {
    const { title, caseFile } = parseCaseBody(await readJson(c), { withContacts: true });
    const id = await createCase(c.var.db, c.var.actor, title, caseFile);
    return c.json({ id, title, caseFile: await readCaseFile(c.var.db, c.var.actor, id) }, 201);
  });

  app.get('/api/cases/:caseId', async (c) => {
    const caseId = c.req.param('caseId');
    const caseFile = await readCaseFile(c.var.db, c.var.actor, caseId);
    return c.json({ id: caseId, title: await caseTitle(c.var.db, caseId), caseFile });
  });

  app.put('/api/cases/:caseId', async (c) => {
    const caseId = c.req.param('caseId');
    const { title, caseFile } = parseCaseBody(await readJson(c), { withContacts: false });
    await replaceCase(c.var.db, c.var.actor, caseId, title, caseFile);
    return c.json({ id: caseId, title, caseFile: await readCaseFile(c.var.db, c.var.actor, caseId) });
  });

  app.delete('/api/cases/:caseId', async (c) => {
    await deleteCase(c.var.db, c.var.actor, c.req.param('caseId'));
    return c.body(null, 204);
  });
}
