import { attachmentDisposition, contactBody, EVIDENCE_MEDIA_TYPES, evidenceQuery } from '@shangan/contract';
import { Hono } from 'hono';
import { invalidInput } from '../../errors/expected-error.js';
import { caseLimitsOf } from '../../use-cases/case-limits.js';
import {
  addEvidence,
  deleteContact,
  listContacts,
  listEvidence,
  logContact,
  readEvidence,
} from '../../use-cases/contact-use-cases.js';
import { jsonBody, mediaType, readBytes } from '../read-body.js';
import { validate } from '../validate.js';

/** The contact log of a case's debts, and the evidence files (recordings, screenshots) with it. */
export const contactRoutes = new Hono()
  .get('/api/cases/:caseId/contacts', async (c) =>
    c.json(await listContacts(c.var.db, c.var.actor, c.req.param('caseId'), caseLimitsOf(c.var.config))),
  )
  /** Always possible, even at or above a limit: deleting is how a full case makes room. */
  .delete('/api/cases/:caseId/contacts/:contactId', async (c) => {
    const { caseId, contactId } = c.req.param();
    await deleteContact(c.var.db, c.var.actor, caseId, contactId);
    return c.body(null, 204);
  })
  .post(
    '/api/cases/:caseId/debts/:debtId/contacts',
    jsonBody(64 * 1024),
    validate('json', contactBody),
    async (c) => {
      const { caseId, debtId } = c.req.param();
      const limits = caseLimitsOf(c.var.config);
      return c.json(
        await logContact(c.var.db, c.var.actor, caseId, debtId, c.req.valid('json'), limits),
        201,
      );
    },
  )
  .get('/api/cases/:caseId/evidence', async (c) =>
    c.json({ evidence: await listEvidence(c.var.db, c.var.actor, c.req.param('caseId')) }),
  )
  /** The file is the raw request body; its name (and the contact it belongs to) are query parameters. */
  .post('/api/cases/:caseId/evidence', validate('query', evidenceQuery), async (c) => {
    const query = c.req.valid('query');
    const type = mediaType(c);
    if (!EVIDENCE_MEDIA_TYPES.test(type)) {
      throw invalidInput([{ path: 'Content-Type', code: 'unsupported_evidence_type', params: {} }]);
    }
    const content = await readBytes(c, c.var.config.maxEvidenceBytes);
    if (content.byteLength === 0) throw invalidInput([{ path: 'body', code: 'empty_file', params: {} }]);
    const stored = await addEvidence(
      c.var.db,
      c.var.actor,
      c.req.param('caseId'),
      {
        contactId: query.contactId ?? null,
        fileName: query.fileName,
        mediaType: type,
        content,
      },
      caseLimitsOf(c.var.config),
    );
    return c.json(stored, 201);
  })
  .get('/api/cases/:caseId/evidence/:evidenceId', async (c) => {
    const { caseId, evidenceId } = c.req.param();
    const file = await readEvidence(c.var.db, c.var.actor, caseId, evidenceId);
    return c.body(file.content, 200, {
      'Content-Type': file.mediaType,
      // Streamed: the length lets a client tell a download cut short from a whole one.
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-SHA256': file.sha256,
    });
  });
