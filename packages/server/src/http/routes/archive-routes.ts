import { checkedCaseFile, exportQuery, importQuery } from '@shangan/contract';
import { Hono } from 'hono';
import { archiveLimits } from '../../archive/archive-limits.js';
import { ExpectedError, invalidInput } from '../../errors/expected-error.js';
import { isStorableText, unstorable } from '../../repositories/storable-text.js';
import { exportCase } from '../../use-cases/case-export.js';
import { importArchive, importCaseFile } from '../../use-cases/case-import.js';
import { caseLimitsOf } from '../../use-cases/case-limits.js';
import { mediaType, readBytes, readJson } from '../read-body.js';
import { parseRequest, validate } from '../validate.js';

/** A case as one zip (export), and a case file or such a zip as a new case (import). */
export const archiveRoutes = new Hono()
  .get('/api/cases/:caseId/export', validate('query', exportQuery), async (c) => {
    const reveal = c.req.valid('query').reveal === 'true';
    const zip = await exportCase(c.var.db, c.var.actor, c.req.param('caseId'), reveal);
    return c.body(zip, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="shangan-case.zip"',
    });
  })
  /** A case file (JSON, as `shangan` reads) or a whole export (zip) becomes a new case. */
  .post('/api/import', validate('query', importQuery), async (c) => {
    const type = mediaType(c);
    if (type === 'application/zip') {
      // The upload is refused (413) as soon as it passes the archive limit, before it is all read.
      const limits = archiveLimits(c.var.config);
      const zip = await readBytes(c, limits.maxArchiveBytes);
      const id = await importArchive(c.var.db, c.var.actor, zip, limits, caseLimitsOf(c.var.config));
      return c.json({ id }, 201);
    }
    if (type !== 'application/json') {
      throw new ExpectedError({
        code: 'unsupported_media_type',
        params: { expected: 'case_file_or_export' },
      });
    }
    const caseFile = parseRequest(checkedCaseFile, await readJson(c));
    const title = c.req.valid('query').title || '导入的案件';
    if (!isStorableText(title)) throw invalidInput([unstorable('title', 'value')]);
    const limits = caseLimitsOf(c.var.config);
    return c.json({ id: await importCaseFile(c.var.db, c.var.actor, title, caseFile, limits) }, 201);
  });
