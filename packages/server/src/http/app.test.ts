import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  analyzeCaseFile,
  caseReportJson,
  createLprTable,
  type DocumentFormat,
  type DocumentKind,
  documentKindsFor,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  STRATEGIES,
  writeDocument,
} from '@shangan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { currentIfMatch, ifMatchOf } from '../test-support/if-match.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

type Json = Record<string, unknown>;

const repoFile = (path: string) => new URL(`../../../../${path}`, import.meta.url);
const exampleText = readFileSync(repoFile('examples/five-loans-80k.json'), 'utf8');
const example = (): Json => JSON.parse(exampleText) as Json;
/** What `shangan analyze|plan --json` printed for the example (the goldens the CLI tests pin). */
const cliReport = JSON.parse(readFileSync(repoFile('examples/expected/five-loans-80k.report.json'), 'utf8'));
const cliPlan = JSON.parse(readFileSync(repoFile('examples/expected/five-loans-80k.plan.json'), 'utf8'));
const cliLetter = (debtId: string, kind: DocumentKind) =>
  readFileSync(repoFile(`examples/expected/letters/five-loans-80k/${debtId}-${kind}.md`), 'utf8');

const lpr = createLprTable();
const VERSION = '9.9.9-test';
const config = readConfig({});
/** How a browser on this machine addresses the server: http://127.0.0.1:8787. */
const ownHost = `127.0.0.1:${config.port}`;
const ownOrigin = `http://${ownHost}`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A JSON round trip: what a response body holding this value parses back to. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

type App = ReturnType<typeof createApp>;

function client(app: App) {
  const call = (path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { host: ownHost, ...(init.headers as Record<string, string>) } });
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { call, send };
}

/** The error body every failure has, and nothing more: no stack, no internals. */
async function errorOf(response: Response): Promise<{ code: string; message: string; issues: Json[] }> {
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  const body = JSON.parse(text) as { error: { code: string; message: string; issues: Json[] } };
  expect(Object.keys(body)).toEqual(['error']);
  // params: the code's typed parameters, the facts the message is worded from.
  expect(Object.keys(body.error).sort()).toEqual(['code', 'issues', 'message', 'params']);
  expect(typeof body.error.code).toBe('string');
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

const issuePaths = (error: { issues: Json[] }) => error.issues.map((issue) => issue.path);

describe.each(databaseKinds())('HTTP API on %s', (kind) => {
  let database: OpenDatabase;
  let app: App;
  let call: ReturnType<typeof client>['call'];
  let send: ReturnType<typeof client>['send'];
  const logged: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({ database, config, lpr, version: VERSION, log: (line) => logged.push(line) });
    ({ call, send } = client(app));
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function importExample(title = '五笔网贷'): Promise<string> {
    const response = await send('POST', `/api/import?title=${encodeURIComponent(title)}`, exampleText);
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  it('reports health with the kind of database and the version', async () => {
    const response = await call('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: kind, auth: 'local', version: VERSION });
  });

  it('sets strict security headers on every response', async () => {
    for (const path of ['/api/health', '/api/nothing-here', '/', `/api/cases/${randomUUID()}`]) {
      const response = await call(path);
      const headers = response.headers;
      expect(headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('refuses other sites and other host names in local mode', async () => {
    const before = ((await (await call('/api/cases')).json()) as { cases: unknown[] }).cases.length;
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:8788',
      'http://127.0.0.1.evil.example',
      'null',
    ]) {
      const read = await call('/api/cases', { headers: { origin } });
      expect([origin, read.status]).toEqual([origin, 403]);
      expect((await errorOf(read)).code).toBe('foreign_origin');
      const write = await send('POST', '/api/import', exampleText, { origin });
      expect([origin, write.status]).toEqual([origin, 403]);
    }
    for (const host of ['evil.example', 'evil.example:8787', '127.0.0.1:9999', '127.0.0.1']) {
      const response = await call('/api/health', { headers: { host } });
      expect([host, response.status]).toEqual([host, 421]);
      expect((await errorOf(response)).code).toBe('foreign_host');
    }
    // Nothing was written by the refused requests.
    expect(((await (await call('/api/cases')).json()) as { cases: unknown[] }).cases).toHaveLength(before);

    for (const origin of [ownOrigin, `http://localhost:${config.port}`]) {
      const response = await call('/api/health', { headers: { origin } });
      expect([origin, response.status]).toEqual([origin, 200]);
    }
    const own = await send('POST', '/api/import', exampleText, { origin: ownOrigin });
    expect(own.status).toBe(201);
  });

  it('answers errors as { error: { code, message } } with field issues and no stack trace', async () => {
    const missing = await call('/api/no-such-endpoint');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not_found');

    const broken = await send('POST', '/api/cases', '{"title": "x", ');
    expect(broken.status).toBe(400);
    const brokenError = await errorOf(broken);
    expect(brokenError.code).toBe('invalid_json');
    expect(issuePaths(brokenError)).toHaveLength(1);

    const file = example();
    (file.debts as Json[])[1] = { ...((file.debts as Json[])[1] as Json), principal: '-5' };
    const invalid = await send('POST', '/api/cases', { title: 'x', caseFile: file });
    expect(invalid.status).toBe(400);
    const invalidError = await errorOf(invalid);
    expect(invalidError.code).toBe('invalid_input');
    expect(invalidError.issues).toEqual([
      {
        path: 'caseFile.debts[1].principal',
        code: 'amount_not_positive',
        params: {},
        message: '金额必须大于0',
      },
    ]);
    // The body's own fields and the case file inside it are checked in one go: every issue at once.
    const untitled = await send('POST', '/api/cases', { title: ' ', caseFile: file, extra: 1 });
    expect(issuePaths(await errorOf(untitled))).toEqual(['title', 'caseFile.debts[1].principal', '']);
  });

  it('refuses bodies over the limit with 413', async () => {
    const id = await importExample();
    const padding = 'x'.repeat(2 * 1024 * 1024);
    const huge = await send('POST', '/api/cases', { title: 'big', caseFile: { ...example(), pad: padding } });
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).code).toBe('too_large');
    const bigContact = await send('POST', `/api/cases/${id}/debts/bank-10k/contacts`, {
      at: '2026-11-03T22:40',
      channel: 'phone',
      direction: 'incoming',
      theySaid: 'x'.repeat(70_000),
    });
    expect(bigContact.status).toBe(413);
    // A declared length over the limit is refused before the body is read.
    const declared = await call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(3 * 1024 * 1024) },
      body: new Uint8Array(3 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
  });

  it('refuses the wrong content type with 415', async () => {
    const id = await importExample();
    const cases = [
      call('/api/cases', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }),
      call('/api/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' }),
      call(`/api/cases/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/xml', ...(await currentIfMatch(call, id)) },
        body: '<a/>',
      }),
      call(`/api/cases/${id}/debts/bank-10k/contacts`, { method: 'POST', body: new Uint8Array([123, 125]) }),
    ];
    for (const response of await Promise.all(cases)) {
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported_media_type');
    }
  });

  it('gives the same analysis and plan as the core and the CLI', async () => {
    const id = await importExample();
    const analyzed = analyzeCaseFile({ caseFile: caseFileOf(exampleText), lpr });
    const planned = planCaseFile({
      caseFile: caseFileOf(exampleText),
      lpr,
      options: { strategies: STRATEGIES },
    });
    if (!analyzed.ok || !planned.ok) throw new Error('the example does not analyse');
    const { plan, analysis, caseFile } = planned.value;

    const report = await (await call(`/api/cases/${id}/analysis`)).json();
    expect(report).toEqual(asJson(caseReportJson(analyzed.value.analysis, 'zh')));
    expect(report).toEqual(cliReport);
    const english = await (await call(`/api/cases/${id}/analysis?lang=en`)).json();
    expect(english).toEqual(asJson(caseReportJson(analyzed.value.analysis, 'en')));

    const planned1 = await (await call(`/api/cases/${id}/plan`)).json();
    expect(planned1).toEqual(asJson(planReportJson(plan, analysis, caseFile, 'zh')));
    expect(planned1).toEqual(cliPlan);
    const avalanche = planCaseFile({
      caseFile: caseFileOf(exampleText),
      lpr,
      options: { strategies: ['avalanche'] },
    });
    if (!avalanche.ok) throw new Error('no avalanche plan');
    const one = await (await call(`/api/cases/${id}/plan?strategy=avalanche&lang=en`)).json();
    expect(one).toEqual(
      asJson(planReportJson(avalanche.value.plan, avalanche.value.analysis, avalanche.value.caseFile, 'en')),
    );

    const badQuery = await call(`/api/cases/${id}/plan?lang=fr&strategy=guess`);
    expect(badQuery.status).toBe(400);
    expect(issuePaths(await errorOf(badQuery))).toEqual(expect.arrayContaining(['lang', 'strategy']));
  });

  it('writes every document as the CLI does, in Markdown, HTML and Word', async () => {
    const id = await importExample();
    const core = async (debtId: string, kind: DocumentKind, format: DocumentFormat, mask = false) => {
      const result = await writeDocument({
        caseFile: caseFileOf(exampleText),
        lpr,
        debtId,
        kind,
        format,
        mask,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.value;
    };
    const path = (kind: string, query: string) => `/api/cases/${id}/documents/${kind}?${query}`;
    const analysed = analyzeCaseFile({ caseFile: caseFileOf(exampleText), lpr });
    if (!analysed.ok) throw new Error('example does not analyse');
    const bank = analysed.value.analysis.debts.find((debt) => debt.id === 'bank-10k');
    if (!bank) throw new Error('no bank-10k');
    for (const kind of documentKindsFor(bank)) {
      const response = await call(path(kind, 'debt=bank-10k'));
      expect([kind, response.status]).toEqual([kind, 200]);
      const text = await response.text();
      expect(text).toBe((await core('bank-10k', kind, 'md')).body);
      expect(text.trimEnd()).toBe(cliLetter('bank-10k', kind).trimEnd());
    }

    const md = await call(path('negotiation', 'debt=xiaodai-10k&format=md'));
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    // The letter the lender receives identifies the person in full; mask=true is the copy to share.
    const full = await md.text();
    expect(full).toContain('13812345678');
    expect(full).toContain('110101199001011234');
    const masked = await (await call(path('negotiation', 'debt=xiaodai-10k&mask=true'))).text();
    expect(masked).toBe((await core('xiaodai-10k', 'negotiation', 'md', true)).body);
    expect(masked).not.toContain('13812345678');
    expect(masked).not.toContain('110101199001011234');
    const oldQuery = await call(path('negotiation', 'debt=xiaodai-10k&reveal=true'));
    expect(oldQuery.status).toBe(400);

    const notApplicable = await call(path('police_report', 'debt=bank-10k'));
    expect(notApplicable.status).toBe(400);
    const refusal = (await notApplicable.json()) as { error: { code: string; message: string } };
    expect(refusal.error.code).toBe('document_not_applicable');
    expect(refusal.error.message).toContain('协商还款申请书');

    const html = await call(path('hardship', 'debt=friend-8k&format=html'));
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toBe((await core('friend-8k', 'hardship', 'html')).body);

    const docx = await call(path('negotiation', 'debt=app-10k&format=docx'));
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(bytes.byteLength).toBeGreaterThan(1000);

    const unknownDebt = await call(path('negotiation', 'debt=nope'));
    expect(unknownDebt.status).toBe(400);
    expect(issuePaths(await errorOf(unknownDebt))).toEqual(['debt']);
    const unknownKind = await call(path('ransom-note', 'debt=bank-10k'));
    expect(unknownKind.status).toBe(400);
    expect(issuePaths(await errorOf(unknownKind))).toEqual(['kind']);
  });

  it('stores an uploaded evidence file and gives back the same bytes with their SHA-256', async () => {
    const id = await importExample();
    const logged = await send('POST', `/api/cases/${id}/debts/app-10k/contacts`, {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
      theySaid: '再不还就联系你单位',
      flags: ['threat'],
    });
    expect(logged.status).toBe(201);
    const contactId = ((await logged.json()) as { id: string }).id;
    const content = new Uint8Array(randomBytes(200_000));
    const fileName = '催收录音 11月5日.m4a';
    const upload = await call(
      `/api/cases/${id}/evidence?fileName=${encodeURIComponent(fileName)}&contactId=${contactId}`,
      { method: 'POST', headers: { 'content-type': 'audio/mp4' }, body: content },
    );
    expect(upload.status).toBe(201);
    const stored = (await upload.json()) as Json;
    expect(stored).toMatchObject({
      contactId,
      fileName,
      mediaType: 'audio/mp4',
      sizeBytes: content.byteLength,
      sha256: sha256(content),
    });

    const download = await call(`/api/cases/${id}/evidence/${stored.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-sha256')).toBe(sha256(content));
    expect(download.headers.get('content-type')).toBe('audio/mp4');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="____ 11_5_.m4a"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    const body = new Uint8Array(await download.arrayBuffer());
    expect(sha256(body)).toBe(sha256(content));
    expect(Buffer.from(body).equals(Buffer.from(content))).toBe(true);

    const contacts = (await (await call(`/api/cases/${id}/contacts`)).json()) as {
      contacts: { id: string; evidence: Json[] }[];
    };
    expect(contacts.contacts.find((entry) => entry.id === contactId)?.evidence).toEqual([stored]);

    const refusals: [string, RequestInit, number, string][] = [
      [
        'fileName=a.exe',
        { headers: { 'content-type': 'application/x-msdownload' }, body: 'MZ' },
        400,
        'Content-Type',
      ],
      ['fileName=empty.txt', { headers: { 'content-type': 'text/plain' }, body: '' }, 400, 'body'],
      ['', { headers: { 'content-type': 'text/plain' }, body: 'x' }, 400, 'fileName'],
      [
        `fileName=a.txt&contactId=${randomUUID()}`,
        { headers: { 'content-type': 'text/plain' }, body: 'x' },
        404,
        '',
      ],
    ];
    for (const [query, init, status, path] of refusals) {
      const response = await call(`/api/cases/${id}/evidence?${query}`, { method: 'POST', ...init });
      expect([query, response.status]).toEqual([query, status]);
      const error = await errorOf(response);
      if (status === 400) expect(issuePaths(error)).toContain(path);
    }
  });

  it('applies a strict evidence size limit', async () => {
    const small = createApp({
      database,
      config: readConfig({ MAX_EVIDENCE_MB: '0.01' }),
      lpr,
      version: VERSION,
    });
    const id = await importExample();
    const upload = (size: number) =>
      client(small).call(`/api/cases/${id}/evidence?fileName=a.png`, {
        method: 'POST',
        headers: { 'content-type': 'image/png' },
        body: new Uint8Array(size),
      });
    expect((await upload(10_000)).status).toBe(201);
    const tooBig = await upload(20_000);
    expect(tooBig.status).toBe(413);
    expect((await errorOf(tooBig)).code).toBe('too_large');
  });

  it('answers 404 for a case id that does not exist, everywhere', async () => {
    const id = await importExample();
    const valid = { title: 'x', caseFile: { version: 1, asOf: '2026-11-20', debts: [] } };
    for (const missing of [randomUUID(), 'not-a-uuid']) {
      const requests: [string, () => Response | Promise<Response>][] = [
        ['GET case', () => call(`/api/cases/${missing}`)],
        ['PUT case', () => send('PUT', `/api/cases/${missing}`, valid, { 'if-match': '"r1"' })],
        ['DELETE case', () => call(`/api/cases/${missing}`, { method: 'DELETE' })],
        ['analysis', () => call(`/api/cases/${missing}/analysis`)],
        ['plan', () => call(`/api/cases/${missing}/plan`)],
        ['document', () => call(`/api/cases/${missing}/documents/negotiation?debt=bank-10k`)],
        ['contacts', () => call(`/api/cases/${missing}/contacts`)],
        [
          'add contact',
          () =>
            send('POST', `/api/cases/${missing}/debts/bank-10k/contacts`, {
              at: '2026-11-05T23:10',
              channel: 'phone',
              direction: 'incoming',
            }),
        ],
        ['evidence list', () => call(`/api/cases/${missing}/evidence`)],
        ['evidence file', () => call(`/api/cases/${missing}/evidence/${randomUUID()}`)],
        [
          'upload',
          () =>
            call(`/api/cases/${missing}/evidence?fileName=a.txt`, {
              method: 'POST',
              headers: { 'content-type': 'text/plain' },
              body: 'x',
            }),
        ],
        ['export', () => call(`/api/cases/${missing}/export`)],
      ];
      for (const [label, request] of requests) {
        const response = await request();
        expect([label, response.status]).toEqual([label, 404]);
        expect((await errorOf(response)).code).toBe('not_found');
      }
    }
    // In an existing case: an unknown debt and an unknown evidence file are 404 too.
    const debt = await send('POST', `/api/cases/${id}/debts/nope/contacts`, {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
    });
    expect(debt.status).toBe(404);
    expect((await call(`/api/cases/${id}/evidence/${randomUUID()}`)).status).toBe(404);
  });

  it('creates, edits, lists, exports, re-imports and deletes a case', async () => {
    const created = await send('POST', '/api/cases', { title: '  新案件  ', caseFile: example() });
    expect(created.status).toBe(201);
    const { id, title, caseFile } = (await created.json()) as { id: string; title: string; caseFile: Json };
    expect(title).toBe('新案件');
    expect((caseFile.debts as Json[]).map((debt) => debt.id)).toHaveLength(5);

    const withContacts = example();
    (withContacts.debts as Json[])[0] = {
      ...((withContacts.debts as Json[])[0] as Json),
      contacts: [{ at: '2026-11-05T23:10', channel: 'phone', direction: 'incoming' }],
    };
    const ifMatch = ifMatchOf(created);
    const rewrite = await send('PUT', `/api/cases/${id}`, { title: 'x', caseFile: withContacts }, ifMatch);
    expect(rewrite.status).toBe(400);
    expect(issuePaths(await errorOf(rewrite))).toEqual(['caseFile.debts[0].contacts']);

    const edited = example();
    edited.debts = (edited.debts as Json[]).slice(0, 3);
    const put = await send('PUT', `/api/cases/${id}`, { title: '改过', caseFile: edited }, ifMatch);
    expect(put.status).toBe(200);
    expect((((await put.json()) as { caseFile: Json }).caseFile.debts as Json[]).length).toBe(3);
    const listed = (await (await call('/api/cases')).json()) as { cases: Json[] };
    expect(listed.cases.find((entry) => entry.id === id)).toMatchObject({ title: '改过', debtCount: 3 });

    const first = new Uint8Array(await (await call(`/api/cases/${id}/export?reveal=true`)).arrayBuffer());
    const imported = await call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: first,
    });
    expect(imported.status).toBe(201);
    const copy = ((await imported.json()) as { id: string }).id;
    const second = new Uint8Array(await (await call(`/api/cases/${copy}/export?reveal=true`)).arrayBuffer());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    expect((await call(`/api/cases/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/cases/${id}`)).status).toBe(404);
    expect((await call(`/api/cases/${copy}`)).status).toBe(200);
  });

  it('refuses text the database cannot store (NUL, unpaired surrogates) as a field error', async () => {
    const id = await importExample();
    const nul = example();
    ((nul.debts as Json[])[2] as Json).lender = 'a\u0000b';
    const created = await send('POST', '/api/cases', { title: 'nul', caseFile: nul });
    expect(created.status).toBe(400);
    expect(issuePaths(await errorOf(created))).toEqual(['caseFile.debts[2].lender']);

    const lone = example();
    ((lone.debts as Json[])[0] as Json).notes = 'half a pair: \ud83d';
    const imported = await send('POST', '/api/import', lone);
    expect(imported.status).toBe(400);
    expect(issuePaths(await errorOf(imported))).toEqual(['debts[0].notes']);

    const contact = await send('POST', `/api/cases/${id}/debts/bank-10k/contacts`, {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
      theySaid: 'x\u0000',
    });
    expect(contact.status).toBe(400);
    expect(issuePaths(await errorOf(contact))).toEqual(['theySaid']);

    const title = await send('POST', '/api/import?title=a%00b', exampleText);
    expect(title.status).toBe(400);
    expect(issuePaths(await errorOf(title))).toEqual(['title']);
    // Emoji (a proper surrogate pair) and other text are kept as they are.
    const emoji = await send('POST', '/api/import?title=%F0%9F%98%80', exampleText);
    expect(emoji.status).toBe(201);
  });

  it('never logged an internal error above', () => {
    expect(logged).toEqual([]);
  });
});

describe('HTTP API when the database fails', () => {
  it('answers 500 with a plain message and logs the error, masked', async () => {
    const database = await openDatabase({});
    await database.close();
    const logged: string[] = [];
    const app = createApp({ database, config, lpr, version: VERSION, log: (line) => logged.push(line) });
    const response = await client(app).call('/api/cases/00000000-0000-4000-8000-000000000001/contacts');
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error).toEqual({
      code: 'internal',
      params: {},
      message: '服务器内部错误，请稍后再试',
      issues: [],
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('GET /api/cases/00000000-0000-4000-8000-000000000001/contacts failed');
  });
});
