import { readFileSync } from 'node:fs';
import { createLprTable } from '@shangan/core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { openTestPglite } from '../test-support/test-database.js';
import { createApp } from './app.js';

type Json = Record<string, unknown>;

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const config = readConfig({});
const host = `127.0.0.1:${config.port}`;

let database: OpenDatabase;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  database = await openTestPglite();
  await ensureLocalUser(database.db);
  app = createApp({ database, config, lpr: createLprTable(), version: 'test', log: () => {} });
}, 60_000);
afterAll(() => database.close());

const call = async (
  method: string,
  path: string,
  body?: string | Uint8Array<ArrayBuffer>,
  contentType?: string,
) =>
  app.request(path, {
    method,
    headers: { host, ...(contentType ? { 'content-type': contentType } : {}) },
    ...(body === undefined ? {} : { body }),
  });

async function newCase(file: unknown = JSON.parse(exampleText)): Promise<string> {
  const created = await call(
    'POST',
    '/api/cases',
    JSON.stringify({ title: '案件', caseFile: file }),
    'application/json',
  );
  expect(created.status).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

const exportedCaseJson = async (caseId: string, reveal: boolean) => {
  const zip = await call('GET', `/api/cases/${caseId}/export?reveal=${reveal}`);
  return unzipSync(new Uint8Array(await zip.arrayBuffer()));
};

describe('evidence file names', () => {
  it.each([
    ['CR/LF', 'shot\r\nX-Evil: 1.png', 'shot X-Evil_ 1.png'],
    ['NUL', 'a\u0000b.png', 'ab.png'],
    ['a right-to-left override', '截图\u202Egnp.exe', '截图gnp.exe'],
    ['an isolate and a mark', '\u2066a\u200F.png\u2069', 'a.png'],
    ['a path', '../../etc/passwd', 'passwd'],
    ['a reserved name', 'CON.png', '_CON.png'],
    ['trailing dots and spaces', 'shot.png. .', 'shot.png'],
  ])(
    'a name with %s is stored, downloaded and exported under a safe name, never refused',
    async (_label, name, safe) => {
      const caseId = await newCase();
      const upload = await call(
        'POST',
        `/api/cases/${caseId}/evidence?fileName=${encodeURIComponent(name)}`,
        new Uint8Array([1, 2, 3]),
        'image/png',
      );
      expect(upload.status).toBe(201);
      const stored = (await upload.json()) as { id: string; fileName: string };
      expect(stored.fileName).toBe(safe);
      const download = await call('GET', `/api/cases/${caseId}/evidence/${stored.id}`);
      const disposition = download.headers.get('content-disposition') ?? '';
      // Printable ASCII only: no line break, NUL or bidi control can reach the header.
      expect(disposition).toMatch(/^[\x20-\x7E]+$/);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(safe)}`);
      expect(Object.keys(await exportedCaseJson(caseId, false))).toContain(`evidence/0001-${safe}`);
    },
  );
});

describe('ID and phone numbers typed into free text', () => {
  const typed = {
    id: '110101199001011234',
    idSpaced: '110101 19900101 123X',
    phone: '+86 138-1234-5678',
    fullWidthPhone: '１３９１２３４５６７８',
  };

  async function caseWithTypedNumbers(): Promise<string> {
    const file = JSON.parse(exampleText) as Json & { circumstances: Json };
    file.circumstances.description = `失业了。我的身份证 ${typed.id}，电话 ${typed.phone}`;
    const caseId = await newCase(file);
    const contact = {
      at: '2026-11-03T22:40',
      channel: 'phone',
      direction: 'incoming',
      flags: ['threat'],
      theySaid: `报出我的身份证 ${typed.idSpaced}，说要打给 ${typed.fullWidthPhone}；欠款 12,345.67 元，2026-12-07 前还清，合同 HT-2026-000123`,
      notes: `回拨 ${typed.phone}`,
    };
    const logged = await call(
      'POST',
      `/api/cases/${caseId}/debts/bank-10k/contacts`,
      JSON.stringify(contact),
      'application/json',
    );
    expect(logged.status).toBe(201);
    return caseId;
  }

  it('are masked in an export unless reveal, and ordinary numbers are left alone', async () => {
    const caseId = await caseWithTypedNumbers();
    const masked = strFromU8((await exportedCaseJson(caseId, false))['case.json'] as Uint8Array);
    for (const full of ['19900101', '1234-5678', '５６７８', '12345678']) expect(masked).not.toContain(full);
    expect(masked).toContain('身份证 110101********1234');
    expect(masked).toContain('110101********123X');
    expect(masked).toContain('+86 138****5678');
    expect(masked).toContain('139****5678');
    expect(masked).toContain('欠款 12,345.67 元，2026-12-07 前还清，合同 HT-2026-000123');

    const revealed = strFromU8((await exportedCaseJson(caseId, true))['case.json'] as Uint8Array);
    for (const full of Object.values(typed)) expect(revealed).toContain(full);
  });

  it('are masked in the copy of a letter to share (mask=true), in full in the one to send', async () => {
    const caseId = await caseWithTypedNumbers();
    const letter = (mask: boolean) =>
      call('GET', `/api/cases/${caseId}/documents/complaint?debt=bank-10k&format=md&mask=${mask}`).then((r) =>
        r.text(),
      );
    const shared = await letter(true);
    // Markdown escapes the stars of a masked number.
    expect(shared).toContain(
      '报出我的身份证 110101\\*\\*\\*\\*\\*\\*\\*\\*123X，说要打给 139\\*\\*\\*\\*5678',
    );
    expect(shared).not.toContain(typed.idSpaced);
    expect(shared).not.toContain(typed.fullWidthPhone);
    expect(await letter(false)).toContain(typed.idSpaced);
  });
});
