import type { Hono } from 'hono';
import { z } from 'zod';
import {
  addContact,
  addEvidence,
  listContacts,
  listEvidence,
  readEvidence,
} from '../../store/contact-store.js';
import { EVIDENCE_MEDIA_TYPES, evidenceFileName } from '../../store/evidence-rules.js';
import { invalidInput } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { exactArrayBuffer } from '../array-buffer.js';
import { readBytes, readJson } from '../read-body.js';

export const evidenceQuery = z.strictObject({
  fileName: evidenceFileName,
  contactId: z.string().optional(),
});

export function registerContactRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases/:caseId/contacts', async (c) =>
    c.json({ contacts: await listContacts(c.var.db, c.var.actor, c.req.param('caseId')) }),
  );

  app.post('/api/cases/:caseId/debts/:debtId/contacts', async (c) => {
    const result = await addContact(
      c.var.db,
      c.var.actor,
      c.req.param('caseId'),
      c.req.param('debtId'),
      await readJson(c, 64 * 1024),
    );
    if (!result.ok) throw invalidInput(result.issues);
    return c.json(result.value, 201);
  });

  app.get('/api/cases/:caseId/evidence', async (c) =>
    c.json({ evidence: await listEvidence(c.var.db, c.var.actor, c.req.param('caseId')) }),
  );

  /** The file is the raw request body; its name (and the contact it belongs to) are query parameters. */
  app.post('/api/cases/:caseId/evidence', async (c) => {
    const query = evidenceQuery.safeParse(c.req.query());
    if (!query.success) {
      throw invalidInput(
        query.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!EVIDENCE_MEDIA_TYPES.test(mediaType)) {
      throw invalidInput([
        {
          path: 'Content-Type',
          message: '只接受录音、图片、PDF 或文本文件 (audio, image, PDF or text files only)',
        },
      ]);
    }
    const content = await readBytes(c, c.var.config.maxEvidenceBytes);
    if (content.byteLength === 0)
      throw invalidInput([{ path: 'body', message: '文件为空 (the file is empty)' }]);
    const stored = await addEvidence(c.var.db, c.var.actor, c.req.param('caseId'), {
      contactId: query.data.contactId ?? null,
      fileName: query.data.fileName,
      mediaType,
      content,
    });
    return c.json(stored, 201);
  });

  app.get('/api/cases/:caseId/evidence/:evidenceId', async (c) => {
    const file = await readEvidence(c.var.db, c.var.actor, c.req.param('caseId'), c.req.param('evidenceId'));
    return c.body(exactArrayBuffer(file.content), 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-SHA256': file.sha256,
    });
  });
}
