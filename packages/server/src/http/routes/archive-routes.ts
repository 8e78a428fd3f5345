import type { Hono } from 'hono';
import { exportCase, importArchive } from '../../store/case-archive.js';
import { createCase, validateCaseFile } from '../../store/case-store.js';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../../store/storable-text.js';
import { ApiError, invalidInput } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { exactArrayBuffer } from '../array-buffer.js';
import { readBytes, readJson } from '../read-body.js';

/** An export with recordings can be large; imports accept up to this. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

export function registerArchiveRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases/:caseId/export', async (c) => {
    const reveal = c.req.query('reveal') === 'true';
    const zip = await exportCase(c.var.db, c.var.actor, c.req.param('caseId'), reveal);
    return c.body(exactArrayBuffer(zip), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="shangan-case.zip"',
    });
  });

  /** A case file (JSON, as `shangan` reads) or a whole export (zip) becomes a new case. */
  app.post('/api/import', async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim();
    if (type === 'application/zip') {
      const result = await importArchive(c.var.db, c.var.actor, await readBytes(c, MAX_ARCHIVE_BYTES));
      if (!result.ok) throw invalidInput(result.issues);
      return c.json({ id: result.id }, 201);
    }
    if (type !== 'application/json') {
      throw new ApiError(
        415,
        'unsupported_media_type',
        '应为案件文件 JSON 或导出的 zip (expected a case file or an export)',
      );
    }
    const file = validateCaseFile(await readJson(c));
    if (!file.ok) throw invalidInput(file.issues);
    const title = (c.req.query('title') ?? '').trim().slice(0, 200) || '导入的案件';
    if (!isStorableText(title)) throw invalidInput([{ path: 'title', message: UNSTORABLE_TEXT_MESSAGE }]);
    return c.json({ id: await createCase(c.var.db, c.var.actor, title, file.value) }, 201);
  });
}
