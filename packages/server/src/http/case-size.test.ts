import { readFileSync } from 'node:fs';
import { type ContactList, isNearLimit } from '@shangan/contract';
import { analyzeCaseFile, caseReportJson, createLprTable, parseCaseFileText } from '@shangan/core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { ifMatchOf } from '../test-support/if-match.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';
import { MAX_JSON_BYTES } from './read-body.js';

type Json = Record<string, unknown>;

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const lpr = createLprTable();
const ownHost = `127.0.0.1:${readConfig({}).port}`;

/** A contact with every text at its limit, in Chinese: the largest a person can log. */
function fullContact(index: number): Json {
  const text = (length: number) => '催收员说今天必须还清否则上门'.repeat(length).slice(0, length);
  const day = String((index % 28) + 1).padStart(2, '0');
  const minute = String(index % 60).padStart(2, '0');
  return {
    at: `2026-10-${day}T${index % 2 === 0 ? '10' : '23'}:${minute}`,
    channel: index % 3 === 0 ? 'sms' : 'phone',
    direction: 'incoming',
    number: text(50),
    counterpartName: text(100),
    staffId: text(50),
    theySaid: text(5000),
    theyPromised: text(2000),
    iPromised: text(2000),
    flags: index % 5 === 0 ? ['threat'] : [],
    notes: text(5000),
  };
}

describe.each(databaseKinds())('case size limits on %s', (kind) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => database.close());

  function client(env: Record<string, string> = {}) {
    const app = createApp({ database, config: readConfig(env), lpr, version: 'test', log: () => {} });
    const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method,
        headers: {
          host: ownHost,
          ...(body === undefined || body instanceof Uint8Array ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: body instanceof Uint8Array ? body : JSON.stringify(body) }),
      });
    const newCase = async (): Promise<string> => {
      const created = await call('POST', '/api/cases', { title: '案件', caseFile: JSON.parse(exampleText) });
      expect(created.status).toBe(201);
      return ((await created.json()) as { id: string }).id;
    };
    const logContact = (caseId: string, contact: Json, debtId = 'bank-10k') =>
      call('POST', `/api/cases/${caseId}/debts/${debtId}/contacts`, contact);
    const contactList = async (caseId: string) => {
      const response = await call('GET', `/api/cases/${caseId}/contacts`);
      expect(response.status).toBe(200);
      return (await response.json()) as ContactList;
    };
    const upload = (caseId: string, fileName: string, bytes: Uint8Array, contactId?: string) =>
      call(
        'POST',
        `/api/cases/${caseId}/evidence?fileName=${encodeURIComponent(fileName)}${contactId ? `&contactId=${contactId}` : ''}`,
        bytes,
        { 'content-type': 'image/png' },
      );
    return { call, newCase, logContact, contactList, upload };
  }

  it('a case with 200 full-size contacts still analyses, plans, lists, writes letters and exports a file shangan reads', async () => {
    const { call, newCase, logContact, contactList } = client();
    const caseId = await newCase();
    for (let index = 0; index < 200; index += 1) {
      expect((await logContact(caseId, fullContact(index))).status).toBe(201);
    }
    for (const path of ['analysis', 'plan', 'reminders']) {
      expect([path, (await call('GET', `/api/cases/${caseId}/${path}`)).status]).toEqual([path, 200]);
    }
    const letter = await call('GET', `/api/cases/${caseId}/documents/complaint?debt=bank-10k`);
    expect(letter.status).toBe(200);
    expect((await contactList(caseId)).contacts).toHaveLength(200);

    // The case the web loads and saves stays small: the texts are in the contact list.
    const stored = await call('GET', `/api/cases/${caseId}`);
    const storedText = await stored.text();
    expect(new TextEncoder().encode(storedText).byteLength).toBeLessThan(MAX_JSON_BYTES / 4);
    const { caseFile } = JSON.parse(storedText) as { caseFile: { debts: Json[] } };
    const edited = { ...caseFile, debts: caseFile.debts.map((debt) => ({ ...debt, contacts: [] })) };
    const saved = await call(
      'PUT',
      `/api/cases/${caseId}`,
      { title: '改过', caseFile: edited },
      ifMatchOf(stored),
    );
    expect(saved.status).toBe(200);

    // The export's case.json (about 8 MB) is a case file `shangan analyze` reads.
    const zip = await call('GET', `/api/cases/${caseId}/export?reveal=true`);
    const caseJson = strFromU8(unzipSync(new Uint8Array(await zip.arrayBuffer()))['case.json'] as Uint8Array);
    expect(caseJson.length).toBeGreaterThan(2 * 1024 * 1024);
    const parsed = parseCaseFileText(caseJson);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const analysed = analyzeCaseFile({ caseFile: parsed.value, lpr });
    if (!analysed.ok) throw new Error(JSON.stringify(analysed.issues));
    // The server, reading the contacts without their texts, gives the same analysis as `shangan`.
    const served = await (await call('GET', `/api/cases/${caseId}/analysis`)).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(caseReportJson(analysed.value.analysis, 'zh'))));
  }, 120_000);

  it('warns from 80 % of the contact limit, refuses at it with a code naming it, and deletes at it', async () => {
    const { call, newCase, logContact, contactList, upload } = client({ MAX_CONTACTS_PER_CASE: '5' });
    const caseId = await newCase();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const logged = await logContact(caseId, fullContact(index));
      expect(logged.status).toBe(201);
      ids.push(((await logged.json()) as { id: string }).id);
      const { usage } = await contactList(caseId);
      expect(usage.contacts).toEqual({ used: index + 1, limit: 5 });
      expect([index + 1, isNearLimit(usage.contacts)]).toEqual([index + 1, index + 1 >= 4]);
    }
    const refused = await logContact(caseId, fullContact(9));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: Json }).error).toEqual({
      code: 'contact_limit_reached',
      message: expect.stringContaining('5 条联系记录'),
      params: { limit: 5 },
      issues: [],
    });
    const english = await call('POST', `/api/cases/${caseId}/debts/bank-10k/contacts`, fullContact(9), {
      'accept-language': 'en',
    });
    expect(((await english.json()) as { error: { message: string } }).error.message).toContain(
      'limit of 5 contacts',
    );

    // At the limit, a contact with a recording attached is deleted; the recording stays, unlinked.
    const [first = '', second = ''] = ids;
    const attached = await upload(caseId, 'call.png', new Uint8Array(100), first);
    expect(attached.status).toBe(201);
    const revision = async () =>
      ((await (await call('GET', '/api/cases')).json()) as { cases: Json[] }).cases.find(
        (summary) => summary.id === caseId,
      )?.updatedAt;
    const before = await revision();
    expect((await call('DELETE', `/api/cases/${caseId}/contacts/${first}`)).status).toBe(204);
    const after = await contactList(caseId);
    expect(after.contacts.map((entry) => entry.id)).not.toContain(first);
    expect(after.usage.contacts.used).toBe(4);
    const evidence = (await (await call('GET', `/api/cases/${caseId}/evidence`)).json()) as {
      evidence: Json[];
    };
    expect(evidence.evidence).toEqual([expect.objectContaining({ fileName: 'call.png', contactId: null })]);
    // The deleted contact left the case file: the case has a new revision (reports are recomputed).
    expect(await revision()).not.toBe(before);
    expect((await logContact(caseId, fullContact(9))).status).toBe(201);

    // Deleting again, an unknown id or another case's contact: 404 contact.
    const other = await newCase();
    for (const [target, contactId] of [
      [caseId, first],
      [caseId, 'not-a-uuid'],
      [other, second],
    ]) {
      const missing = await call('DELETE', `/api/cases/${target}/contacts/${contactId}`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    expect((await contactList(caseId)).contacts.map((entry) => entry.id)).toContain(second);
  });

  it('still deletes when a case is above its contact limit (the limit was lowered)', async () => {
    const roomy = client();
    const caseId = await roomy.newCase();
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      ids.push(((await (await roomy.logContact(caseId, fullContact(index))).json()) as { id: string }).id);
    }
    const tight = client({ MAX_CONTACTS_PER_CASE: '1' });
    expect((await tight.logContact(caseId, fullContact(5))).status).toBe(409);
    expect((await tight.contactList(caseId)).usage.contacts).toEqual({ used: 3, limit: 1 });
    for (const id of ids)
      expect((await tight.call('DELETE', `/api/cases/${caseId}/contacts/${id}`)).status).toBe(204);
    expect((await tight.logContact(caseId, fullContact(5))).status).toBe(201);
  });

  it('refuses a new case or an import above the contact limit', async () => {
    const { call } = client({ MAX_CONTACTS_PER_CASE: '2' });
    const file = JSON.parse(exampleText) as { debts: Json[] };
    (file.debts[0] as Json).contacts = [fullContact(1), fullContact(2), fullContact(3)];
    for (const [path, body] of [
      ['/api/cases', { title: '案件', caseFile: file }],
      ['/api/import', file],
    ] as const) {
      const refused = await call('POST', path, body);
      expect([path, refused.status]).toEqual([path, 409]);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        'contact_limit_reached',
      );
    }
  });

  it('counts evidence bytes against the case limit, warns before it and refuses with the limit named', async () => {
    // 0.01 MB per file, 0.03 MB per case: three files of 10,000 bytes fit, a fourth does not.
    const { newCase, contactList, upload } = client({
      MAX_EVIDENCE_MB: '0.01',
      MAX_CASE_EVIDENCE_MB: '0.03',
    });
    const caseId = await newCase();
    const limit = Math.round(0.03 * 1024 * 1024);
    for (let index = 0; index < 3; index += 1) {
      expect((await upload(caseId, `shot-${index}.png`, new Uint8Array(10_000))).status).toBe(201);
      const { usage } = await contactList(caseId);
      expect(usage.evidenceBytes).toEqual({ used: 10_000 * (index + 1), limit });
      expect(isNearLimit(usage.evidenceBytes)).toBe(index === 2);
    }
    const refused = await upload(caseId, 'shot-3.png', new Uint8Array(10_000));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: Json }).error).toEqual({
      code: 'evidence_limit_reached',
      message: '这个案件的证据文件合计不能超过 31 KB（已用 29 KB），这个文件放不下',
      params: { limitBytes: limit, usedBytes: 30_000 },
      issues: [],
    });
  });
});
