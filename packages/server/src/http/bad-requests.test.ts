import { createLprTable } from '@shangan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { ifMatchOf } from '../test-support/if-match.js';
import { openTestPglite } from '../test-support/test-database.js';
import { createApp } from './app.js';

/**
 * Every route that validates its input, sent bad input: every 400 carries a code, and every issue
 * a code, params and a message in the language asked for (Accept-Language; Chinese without one).
 */

const HAN = /\p{Script=Han}/u;

interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues: { path: string; code: string; params: object; message: string }[];
  };
}

interface BadRequest {
  label: string;
  method: string;
  path: string;
  /** A JSON value, or raw text (or bytes) sent as they are. */
  body?: unknown;
  contentType?: string;
  /** Headers of this request (If-Match of an edit). */
  headers?: Record<string, string>;
  /** The codes of the issues expected, in order. */
  codes: string[];
  /** 400 unless the refusal is about something else than the input's shape (409: taken). */
  status?: number;
}

type App = ReturnType<typeof createApp>;

const debt = {
  id: 'a',
  lender: '某小贷',
  lenderType: 'microloan',
  contractDate: '2025-01-10',
  principal: '10000',
};
const caseFile = { version: 1, asOf: '2026-11-20', debts: [debt] };
const contact = { at: '2026-11-03T22:40', channel: 'phone', direction: 'incoming' };

async function send(
  app: App,
  host: string,
  request: BadRequest,
  headers: Record<string, string>,
  cookie = '',
) {
  const raw = typeof request.body === 'string' || request.body instanceof Uint8Array;
  const body = request.body === undefined ? undefined : raw ? request.body : JSON.stringify(request.body);
  return app.request(request.path, {
    method: request.method,
    headers: {
      host,
      ...(body === undefined ? {} : { 'content-type': request.contentType ?? 'application/json' }),
      ...(cookie === '' ? {} : { cookie }),
      ...request.headers,
      ...headers,
    },
    ...(body === undefined ? {} : { body: body as NonNullable<RequestInit['body']> }),
  });
}

/** Sends every request in Chinese (no header) and in English, and checks both answers. */
async function expectCodedAnswers(
  call: (request: BadRequest, headers: Record<string, string>) => Promise<Response>,
  requests: BadRequest[],
) {
  for (const request of requests) {
    for (const [language, headers] of [
      ['zh', {}],
      ['en', { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' }],
    ] as const) {
      const label = `${request.label} (${language})`;
      const response = await call(request, headers);
      const text = await response.text();
      expect(response.status, `${label}: ${text}`).toBe(request.status ?? 400);
      const { error } = JSON.parse(text) as ErrorBody;
      expect(error.code, label).toMatch(/^[a-z_]+$/);
      expect(
        error.issues.map((issue) => issue.code),
        label,
      ).toEqual(request.codes);
      const messages = [error.message, ...error.issues.map((issue) => issue.message)];
      for (const issue of error.issues) {
        expect(typeof issue.path, label).toBe('string');
        expect(issue.params, label).toEqual(expect.any(Object));
        expect(issue.message.length, label).toBeGreaterThan(0);
      }
      for (const message of messages) {
        if (language === 'zh') expect(message, label).toMatch(HAN);
        else expect(message, label).not.toMatch(HAN);
      }
    }
  }
}

describe('bad requests to every validating route', () => {
  let local: OpenDatabase;
  let accounts: OpenDatabase;
  let localApp: App;
  let accountsApp: App;
  const localConfig = readConfig({});
  const localHost = `127.0.0.1:${localConfig.port}`;

  beforeAll(async () => {
    // From the migrated template: a new cluster each would take seconds on a busy machine.
    local = await openTestPglite();
    accounts = await openTestPglite();
    await ensureLocalUser(local.db);
    const lpr = createLprTable();
    localApp = createApp({ database: local, config: localConfig, lpr, version: 'test', log: () => {} });
    accountsApp = createApp({
      database: accounts,
      config: readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' }),
      lpr,
      version: 'test',
      log: () => {},
    });
  }, 60_000);
  afterAll(async () => {
    await local?.close();
    await accounts?.close();
  });

  it('local mode: cases, contacts, evidence, negotiation, agreements, reports, export and import', async () => {
    const call = (request: BadRequest, headers: Record<string, string>) =>
      send(localApp, localHost, request, headers);
    const create = {
      label: 'create',
      method: 'POST',
      path: '/api/cases',
      body: { title: '案件', caseFile },
      codes: [],
    };
    const created = await call(create, {});
    const caseId = ((await created.json()) as { id: string }).id;
    const agreed = await call(
      {
        ...create,
        path: `/api/cases/${caseId}/debts/a/agreements`,
        body: { total: '100', instalments: [{ dueOn: '2026-12-10', amount: '100' }] },
      },
      {},
    );
    const agreementId = ((await agreed.json()) as { id: string }).id;
    const at = `/api/cases/${caseId}`;
    await expectCodedAnswers(call, [
      {
        label: 'a body that is not JSON',
        method: 'POST',
        path: '/api/cases',
        body: '{"title": ',
        codes: ['invalid_json'],
      },
      {
        label: 'a new case: empty title, bad principal, unknown field',
        method: 'POST',
        path: '/api/cases',
        body: { title: ' ', caseFile: { ...caseFile, debts: [{ ...debt, principal: '-5' }] }, extra: 1 },
        codes: ['too_small', 'amount_not_positive', 'unknown_fields'],
      },
      {
        label: 'a case file missing its debts and with a bad date',
        method: 'POST',
        path: '/api/cases',
        body: { title: 'x', caseFile: { version: 1, asOf: '2026-02-30' } },
        codes: ['invalid_date', 'required'],
      },
      {
        label: 'an edit that rewrites contacts',
        method: 'PUT',
        path: at,
        headers: ifMatchOf(created),
        body: { title: 'x', caseFile: { ...caseFile, debts: [{ ...debt, contacts: [contact] }] } },
        codes: ['contacts_not_editable'],
      },
      {
        label: 'a contact with a bad channel and time',
        method: 'POST',
        path: `${at}/debts/a/contacts`,
        body: { ...contact, at: '2026-11-03 22:40', channel: 'fax' },
        codes: ['invalid_date_time', 'not_one_of'],
      },
      {
        label: 'evidence of an unknown type',
        method: 'POST',
        path: `${at}/evidence?fileName=a.exe`,
        body: 'x',
        contentType: 'application/x-msdownload',
        codes: ['unsupported_evidence_type'],
      },
      {
        label: 'empty evidence',
        method: 'POST',
        path: `${at}/evidence?fileName=a.txt`,
        body: '',
        contentType: 'text/plain',
        codes: ['empty_file'],
      },
      {
        label: 'a move to no state',
        method: 'POST',
        path: `${at}/debts/a/negotiation`,
        body: { state: 'done' },
        codes: ['not_one_of'],
      },
      {
        label: 'an agreement whose instalments miss the total',
        method: 'POST',
        path: `${at}/debts/a/agreements`,
        body: { total: '200', instalments: [{ dueOn: '2026-12-10', amount: '100' }] },
        codes: ['instalments_sum_mismatch'],
      },
      {
        label: 'a paid date that does not exist',
        method: 'POST',
        path: `${at}/agreements/${agreementId}/instalments/1/paid`,
        body: { paidOn: '2027-02-30' },
        codes: ['invalid_date'],
      },
      {
        label: 'an analysis in French',
        method: 'GET',
        path: `${at}/analysis?lang=fr`,
        codes: ['not_one_of'],
      },
      {
        label: 'a plan with a bad amount',
        method: 'GET',
        path: `${at}/plan?monthly=lots&lumpSum=-1`,
        codes: ['invalid_amount', 'amount_negative'],
      },
      {
        label: 'a document of no kind',
        method: 'GET',
        path: `${at}/documents/poem?debt=a`,
        codes: ['not_one_of'],
      },
      { label: 'a document for no debt', method: 'GET', path: `${at}/documents/script`, codes: ['required'] },
      {
        label: 'a document for an unknown debt',
        method: 'GET',
        path: `${at}/documents/script?debt=zz`,
        codes: ['unknown_debt'],
      },
      {
        label: 'a document that does not fit the debt',
        method: 'GET',
        path: `${at}/documents/police_report?debt=a`,
        codes: ['kind_not_applicable'],
      },
      {
        label: 'an export with a bad flag',
        method: 'GET',
        path: `${at}/export?reveal=maybe`,
        codes: ['not_one_of'],
      },
      {
        label: 'an import with an unknown query',
        method: 'POST',
        path: '/api/import?extra=1',
        body: caseFile,
        codes: ['unknown_fields'],
      },
      {
        label: 'an import of a bad case file',
        method: 'POST',
        path: '/api/import',
        body: { ...caseFile, version: 2 },
        codes: ['unsupported_version'],
      },
      {
        label: 'an import of a broken zip',
        method: 'POST',
        path: '/api/import',
        body: 'not a zip',
        contentType: 'application/zip',
        codes: ['invalid_zip'],
      },
      {
        label: 'text PostgreSQL cannot store',
        method: 'POST',
        path: '/api/cases',
        body: '{"title": "a\\u0000b", "caseFile": {}}',
        codes: ['unstorable_text'],
      },
    ]);
  });

  it('accounts mode: sign-up, login and advisors', async () => {
    const host = 'shangan.example';
    const signUp = await send(
      accountsApp,
      host,
      {
        label: 'sign up',
        method: 'POST',
        path: '/api/auth/signup',
        body: { email: 'alice@example.test', password: 'correct horse battery' },
        codes: [],
      },
      {},
    );
    expect(signUp.status).toBe(202);
    const login = await send(
      accountsApp,
      host,
      {
        label: 'log in',
        method: 'POST',
        path: '/api/auth/login',
        body: { email: 'alice@example.test', password: 'correct horse battery' },
        codes: [],
      },
      {},
    );
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const created = await send(
      accountsApp,
      host,
      { label: 'create', method: 'POST', path: '/api/cases', body: { title: '案件', caseFile }, codes: [] },
      {},
      cookie,
    );
    const caseId = ((await created.json()) as { id: string }).id;
    const call = (request: BadRequest, headers: Record<string, string>) =>
      send(accountsApp, host, request, headers, cookie);
    await expectCodedAnswers(call, [
      {
        label: 'a sign-up with a bad address and a short password',
        method: 'POST',
        path: '/api/auth/signup',
        body: { email: 'alice', password: 'short' },
        codes: ['invalid_email', 'too_small'],
      },
      {
        label: 'a login without a password',
        method: 'POST',
        path: '/api/auth/login',
        body: { email: 'alice@example.test' },
        codes: ['required'],
      },
      {
        label: 'an advisor with a bad address',
        method: 'POST',
        path: `/api/cases/${caseId}/advisors`,
        body: { email: 'no-at-sign' },
        codes: ['invalid_email'],
      },
      {
        label: 'a grant with a permission that is not a boolean',
        method: 'PUT',
        path: `/api/cases/${caseId}/advisors/00000000-0000-4000-8000-000000000009`,
        body: { canEdit: 'yes', canReveal: false },
        codes: ['wrong_type'],
      },
      {
        label: 'a grant with a permission that does not exist',
        method: 'PUT',
        path: `/api/cases/${caseId}/advisors/00000000-0000-4000-8000-000000000009`,
        body: { canEdit: true, canReveal: false, canDelete: true },
        codes: ['unknown_fields'],
      },
    ]);
  });
});
