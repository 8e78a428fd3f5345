import { readFileSync } from 'node:fs';
import { type CasePermission, renderApiError } from '@shangan/contract';
import { createLprTable } from '@shangan/core';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { auditLog, users } from '../db/schema.js';
import { type Account, createAdvisor } from '../repositories/user-repository.js';
import { currentIfMatch } from '../test-support/if-match.js';
import { type SessionBrowser, sessionBrowser } from '../test-support/session-browser.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

// Least privilege for advisors (issue 11, ADR 0024): an assignment lets an advisor read and draft;
// editing, deleting and exports with the full numbers need the owner's explicit grant (deleting:
// never); the owner revokes at once; the audit log says who did what, from where, allowed or not.

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const config = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' });
const PASSWORD = 'correct horse battery';
const AGREEMENT = {
  signedOn: '2026-11-20',
  total: '3000',
  terms: {},
  instalments: [{ dueOn: '2026-12-10', amount: '3000' }],
};

interface AuditRow {
  actorId: string;
  action: string;
  outcome: string;
  clientAddress: string | null;
  evidenceId: string | null;
  reveal: boolean | null;
  detail: Record<string, unknown> | null;
}

describe.each(databaseKinds())('advisor permissions and the audit log on %s', (kind) => {
  let database: OpenDatabase;
  let client: SessionBrowser;
  let advisor: SessionBrowser;
  let stranger: SessionBrowser;
  let advisorAccount: Account;
  let clientId: string;
  let caseId: string;
  let evidenceId: string;
  const email = (name: string) => `${name}-${kind}@advisors.test`;

  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string; issues: unknown[] } }).error;

  /** The case's audit rows, oldest first. */
  async function auditRows(): Promise<AuditRow[]> {
    return database.db
      .select({
        actorId: auditLog.actorId,
        action: auditLog.action,
        outcome: auditLog.outcome,
        clientAddress: auditLog.clientAddress,
        evidenceId: auditLog.evidenceId,
        reveal: auditLog.reveal,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .where(eq(auditLog.caseId, caseId))
      .orderBy(asc(auditLog.id));
  }

  const grant = (who: SessionBrowser, permissions: { canEdit: boolean; canReveal: boolean }) =>
    who.send('PUT', `/api/cases/${caseId}/advisors/${advisorAccount.userId}`, permissions);

  const replaceBody = () => ({ title: 'changed by the advisor', caseFile: JSON.parse(exampleText) });
  /** A PUT of the case by `who`, from the revision they just read (If-Match, ADR 0022). */
  const replaceAs = async (who: SessionBrowser, caseId: string): Promise<Response> =>
    who.call(`/api/cases/${caseId}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...(await currentIfMatch((path) => who.call(path), caseId)),
      },
      body: JSON.stringify(replaceBody()),
    });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const app = createApp({ database, config, lpr: createLprTable(), version: 'test' });
    client = sessionBrowser(app, '203.0.113.21');
    advisor = sessionBrowser(app, '198.51.100.22');
    stranger = sessionBrowser(app, '192.0.2.23');
    for (const [who, name] of [
      [client, 'client'],
      [stranger, 'stranger'],
    ] as const) {
      const credentials = { email: email(name), password: PASSWORD };
      // Sign-up opens no session (it answers alike for a registered address): then log in.
      expect((await who.send('POST', '/api/auth/signup', credentials)).status).toBe(202);
      expect((await who.send('POST', '/api/auth/login', credentials)).status).toBe(200);
    }
    advisorAccount = await createAdvisor(database.db, email('advisor'), PASSWORD);
    expect(
      (await advisor.send('POST', '/api/auth/login', { email: email('advisor'), password: PASSWORD })).status,
    ).toBe(200);
    const [row] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, email('client')));
    clientId = row?.id ?? '';
    const imported = await client.send('POST', '/api/import?title=mine', exampleText);
    expect(imported.status).toBe(201);
    caseId = ((await imported.json()) as { id: string }).id;
    const upload = await client.call(`/api/cases/${caseId}/evidence?fileName=call.txt`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '催收电话录音文字',
    });
    expect(upload.status).toBe(201);
    evidenceId = ((await upload.json()) as { id: string }).id;
    // Assigned as a client does it, by address, with nothing granted beyond reading.
    const assigned = await client.send('POST', `/api/cases/${caseId}/advisors`, { email: email('advisor') });
    expect(assigned.ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('lets an assigned advisor read and draft, but refuses delete, replace, writes and reveal with 403', async () => {
    for (const path of [
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/analysis`,
      `/api/cases/${caseId}/documents/negotiation?debt=bank-10k`,
      `/api/cases/${caseId}/calendar.ics`,
      `/api/cases/${caseId}/export`,
    ]) {
      const response = await advisor.call(path);
      expect([path, response.status]).toEqual([path, 200]);
    }
    const refused: [string, () => Promise<Response>, CasePermission][] = [
      ['delete', () => advisor.call(`/api/cases/${caseId}`, { method: 'DELETE' }), 'owner'],
      ['replace', () => replaceAs(advisor, caseId), 'edit'],
      ['export with reveal', () => advisor.call(`/api/cases/${caseId}/export?reveal=true`), 'reveal'],
      [
        'record an agreement',
        () => advisor.send('POST', `/api/cases/${caseId}/debts/bank-10k/agreements`, AGREEMENT),
        'edit',
      ],
      [
        'log a contact',
        () =>
          advisor.send('POST', `/api/cases/${caseId}/debts/bank-10k/contacts`, {
            at: '2026-11-05T23:10',
            channel: 'phone',
            direction: 'incoming',
          }),
        'edit',
      ],
      ['list the advisors', () => advisor.call(`/api/cases/${caseId}/advisors`), 'owner'],
      ['read the audit log', () => advisor.call(`/api/cases/${caseId}/audit`), 'owner'],
      [
        'revoke itself',
        () => advisor.call(`/api/cases/${caseId}/advisors/${advisorAccount.userId}`, { method: 'DELETE' }),
        'owner',
      ],
      ['grant itself', () => grant(advisor, { canEdit: true, canReveal: true }), 'owner'],
    ];
    for (const [label, request, needs] of refused) {
      const response = await request();
      expect([label, response.status]).toEqual([label, 403]);
      const error = await errorOf(response);
      expect([label, error.code]).toEqual([label, 'not_permitted']);
      // Worded in Chinese by default, naming what the owner would have to grant.
      expect([label, error.message]).toEqual([
        label,
        renderApiError({ code: 'not_permitted', params: { needs } }, 'zh'),
      ]);
    }
    // The refusal says what the owner would have to grant, in the language asked for.
    const english = await advisor.call(`/api/cases/${caseId}/export?reveal=true`, {
      headers: { 'accept-language': 'en' },
    });
    expect((await errorOf(english)).message).toContain('not allowed you to export full phone');
    // Nothing changed: the case is there, with its title, and no agreement was stored.
    const stored = (await (await client.call(`/api/cases/${caseId}`)).json()) as { title: string };
    expect(stored.title).toBe('mine');
    expect(
      ((await (await client.call(`/api/cases/${caseId}/agreements`)).json()) as { agreements: [] })
        .agreements,
    ).toEqual([]);
    // Every refusal is in the audit log, with the advisor's address and the permission it lacked.
    const refusedRows = (await auditRows()).filter((row) => row.outcome === 'refused');
    expect(refusedRows.length).toBeGreaterThanOrEqual(refused.length);
    expect(refusedRows.every((row) => row.actorId === advisorAccount.userId)).toBe(true);
    expect(refusedRows.every((row) => row.clientAddress === advisor.ip)).toBe(true);
    expect(refusedRows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['delete_case', 'write_case', 'export_case_revealed', 'write_agreement']),
    );
    expect(refusedRows.find((row) => row.action === 'export_case_revealed')?.detail).toEqual({
      needs: 'reveal',
    });
  });

  it('allows editing and revealing only once the owner grants them, never deleting', async () => {
    // Only the owner grants: another client does not even see the case.
    expect((await grant(stranger, { canEdit: true, canReveal: true })).status).toBe(404);
    const granted = await grant(client, { canEdit: true, canReveal: false });
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ email: email('advisor'), canEdit: true, canReveal: false });
    expect((await replaceAs(advisor, caseId)).status).toBe(200);
    expect((await advisor.call(`/api/cases/${caseId}/export?reveal=true`)).status).toBe(403);

    expect((await grant(client, { canEdit: false, canReveal: true })).status).toBe(200);
    const revealed = await advisor.call(`/api/cases/${caseId}/export?reveal=true`);
    expect(revealed.status).toBe(200);
    expect((await replaceAs(advisor, caseId)).status).toBe(403);
    expect((await advisor.call(`/api/cases/${caseId}`, { method: 'DELETE' })).status).toBe(403);

    const list = await client.call(`/api/cases/${caseId}/advisors`);
    expect(((await list.json()) as { advisors: unknown[] }).advisors).toEqual([
      expect.objectContaining({ advisorId: advisorAccount.userId, canEdit: false, canReveal: true }),
    ]);
    // An address that is no advisor's cannot be given access.
    const nobody = await client.send('POST', `/api/cases/${caseId}/advisors`, { email: email('stranger') });
    expect(nobody.status).toBe(404);
  });

  it('audits advisor reads, every export with reveal, evidence downloads with their id, and grants', async () => {
    expect((await advisor.call(`/api/cases/${caseId}/evidence/${evidenceId}`)).status).toBe(200);
    // Even the owner's own export with the full numbers is written down; a masked one is not.
    expect((await client.call(`/api/cases/${caseId}/export?reveal=true`)).status).toBe(200);
    const before = (await auditRows()).length;
    expect((await client.call(`/api/cases/${caseId}/export`)).status).toBe(200);
    expect((await client.call(`/api/cases/${caseId}`)).status).toBe(200);
    expect(await auditRows()).toHaveLength(before);

    const rows = (await auditRows()).filter((row) => row.outcome === 'allowed');
    const advisorRows = rows.filter((row) => row.actorId === advisorAccount.userId);
    expect(advisorRows.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'read_case',
        'read_analysis',
        'read_document',
        'export_case',
        'export_case_revealed',
      ]),
    );
    expect(advisorRows.every((row) => row.clientAddress === advisor.ip)).toBe(true);
    expect(advisorRows.find((row) => row.action === 'download_evidence')).toMatchObject({ evidenceId });
    expect(advisorRows.find((row) => row.action === 'export_case_revealed')).toMatchObject({ reveal: true });
    expect(advisorRows.find((row) => row.action === 'export_case')).toMatchObject({ reveal: false });
    const ownerRows = rows.filter((row) => row.actorId === clientId);
    expect(ownerRows.find((row) => row.action === 'export_case_revealed')).toMatchObject({
      reveal: true,
      clientAddress: client.ip,
    });
    expect(ownerRows.filter((row) => row.action === 'grant_advisor').map((row) => row.detail)).toEqual([
      { advisorId: advisorAccount.userId, canEdit: false, canReveal: false },
      { advisorId: advisorAccount.userId, canEdit: true, canReveal: false },
      { advisorId: advisorAccount.userId, canEdit: false, canReveal: true },
    ]);

    // The owner reads it (newest first), with the advisor named and strangers not.
    const audit = await client.call(`/api/cases/${caseId}/audit`);
    expect(audit.status).toBe(200);
    const { entries } = (await audit.json()) as { entries: Record<string, unknown>[] };
    expect(entries[0]).toMatchObject({
      action: 'export_case_revealed',
      actor: { kind: 'owner' },
      reveal: true,
    });
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: 'download_evidence',
        actor: { kind: 'advisor', email: email('advisor') },
        evidenceId,
        clientAddress: advisor.ip,
        outcome: 'allowed',
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'grant_advisor', advisorEmail: email('advisor'), canReveal: true }),
    );
    expect((await stranger.call(`/api/cases/${caseId}/audit`)).status).toBe(404);
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'grant_advisor', actor: { kind: 'other' }, outcome: 'refused' }),
    );
  });

  it('revokes at once: the advisor’s very next request is 404, and the revocation is audited', async () => {
    expect((await advisor.call(`/api/cases/${caseId}`)).status).toBe(200);
    const revoked = await client.call(`/api/cases/${caseId}/advisors/${advisorAccount.userId}`, {
      method: 'DELETE',
    });
    expect(revoked.status).toBe(204);
    for (const path of [
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/analysis`,
      `/api/cases/${caseId}/export`,
    ]) {
      const response = await advisor.call(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
    const listed = (await (await advisor.call('/api/cases')).json()) as { cases: unknown[] };
    expect(listed.cases).toEqual([]);
    // Revoking someone without access is 404, and writes nothing.
    const again = await client.call(`/api/cases/${caseId}/advisors/${advisorAccount.userId}`, {
      method: 'DELETE',
    });
    expect(again.status).toBe(404);
    const rows = await auditRows();
    expect(rows.filter((row) => row.action === 'revoke_advisor' && row.actorId === clientId)).toEqual([
      expect.objectContaining({
        actorId: clientId,
        outcome: 'allowed',
        clientAddress: client.ip,
        detail: { advisorId: advisorAccount.userId },
      }),
    ]);
    // The refused attempts after the revocation are there too, with the advisor's address.
    expect(rows.filter((row) => row.actorId === advisorAccount.userId).slice(-3)).toEqual([
      expect.objectContaining({ action: 'read_case', outcome: 'refused', clientAddress: advisor.ip }),
      expect.objectContaining({ action: 'read_analysis', outcome: 'refused', clientAddress: advisor.ip }),
      expect.objectContaining({ action: 'export_case', outcome: 'refused', clientAddress: advisor.ip }),
    ]);
  });
});
