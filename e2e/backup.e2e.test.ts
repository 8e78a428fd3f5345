import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_CONTACT } from './journey-cases.js';
import { callApi, openSession } from './pages/app-page.js';
import { BackupPage } from './pages/backup-page.js';
import { loadCatalog } from './pages/catalog.js';
import { NegotiatePage } from './pages/negotiate-page.js';
import { PrivacyPage } from './pages/privacy-page.js';
import { assertAccessible } from './support/axe.js';
import { useBrowserAndServer } from './support/browser-and-server.js';
import { assertKeyboardReachable } from './support/keyboard.js';
import { readQrCode } from './support/read-qr.js';
import { importExample, type RunningServer, startServer } from './support/start-server.js';

// Issue 14: an encrypted backup made on a phone, everything deleted, the backup restored: the
// export after is the export before, byte for byte. And a case shared with a helper's key, between
// two browsers and two servers, with nothing in plaintext on the way. See ADR 0031.

const reminderTexts = (
  await loadCatalog<{ body: string; backupNow: string }>(
    'case/backup-reminder-messages.ts',
    'backupReminderMessages',
  )
).zh;

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const CASE = JSON.parse(readFileSync(`${examples}five-loans-80k.json`, 'utf8')) as {
  person: { name: string; phone: string };
  debts: { id: string; lender: string }[];
};
const BANK = CASE.debts[0] ?? { id: '', lender: '' };
const PASSPHRASE = '我家楼下那棵老槐树开花了';
const AGREEMENT = {
  signedOn: '2026-11-20',
  total: '9000',
  terms: { waived: '1200', notes: '停止催收，结清后 20 日内开具结清证明', certificateDays: 20 },
  instalments: [
    { dueOn: '2026-12-20', amount: '4500' },
    { dueOn: '2027-01-20', amount: '4500' },
  ],
};

/** The case's export, as GET …/export answers it. */
async function exportBytes(base: string, caseId: string, reveal: boolean): Promise<Buffer> {
  const query = reveal ? '?reveal=true' : '';
  const response = await fetch(`${base}/api/cases/${encodeURIComponent(caseId)}/export${query}`);
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** A case of the sample with an agreement (one instalment paid): log.json has something to carry. */
async function sampleWithAgreement(server: RunningServer, title: string): Promise<string> {
  const caseId = await importExample(server, 'five-loans-80k.json', title);
  const caseApi = `/api/cases/${encodeURIComponent(caseId)}`;
  const agreement = await callApi<{ id: string }>(server.base, `${caseApi}/debts/${BANK.id}/agreements`, {
    json: AGREEMENT,
  });
  await callApi(server.base, `${caseApi}/agreements/${agreement.id}/instalments/1/paid`, {
    json: { paidOn: '2026-12-18' },
  });
  return caseId;
}

describe('encrypted backup and sharing (e2e)', { timeout: 240_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: back up after logging a contact, delete everything, restore: the same export, byte for byte', async () => {
    const { browser, server } = run.started();
    const caseId = await sampleWithAgreement(server, '我的债务');
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    const backup = new BackupPage(app);
    const negotiate = new NegotiatePage(app);

    // A contact with two files, logged on the phone: the app suggests a backup.
    await app.openCase(caseId, '/negotiate');
    await negotiate.waitForBoard();
    await negotiate.openContactLog(BANK.lender, 0);
    await negotiate.logContact(JOURNEY_CONTACT.entry);
    const reminder = page.getByRole('status').filter({ hasText: reminderTexts.body });
    await reminder.waitFor();
    await reminder.getByRole('link', { name: reminderTexts.backupNow, exact: true }).click();
    await backup.waitForScreen();
    await app.screenshot('backup');
    await assertAccessible(page, 'the backup screen at 360×740');
    await assertKeyboardReachable(page, 'the backup screen at 360×740');

    // A passphrase too short is refused, with the field named.
    await backup.fillBackup('短短的密码', '短短的密码');
    await backup.submitBackup().click();
    expect(await backup.fieldError(backup.backupRegion())).toBe(backup.text.passphraseProblem.too_short);

    const before = await exportBytes(server.base, caseId, true);
    const file = await backup.backup(PASSPHRASE);
    expect(file.fileName).toMatch(/^shangan-backup-\d{4}-\d{2}-\d{2}\.age$/);
    expect(file.bytes.subarray(0, 32).toString('latin1')).toBe('age-encryption.org/v1\n-> scrypt ');
    // Encrypted: neither the person's name nor phone nor a zip entry name is in the file.
    for (const plain of [CASE.person.name, CASE.person.phone, 'case.json']) {
      expect(file.bytes.includes(Buffer.from(plain))).toBe(false);
    }
    // Any age tool opens it with the passphrase (here age-encryption in Node, as `age -d` would).
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(Buffer.from(await decrypter.decrypt(new Uint8Array(file.bytes)))).toEqual(before);
    // Backed up: the reminder is gone elsewhere too.
    await app.goto('/overview');
    await app.waitForScreen();
    expect(await reminder.count()).toBe(0);

    await new PrivacyPage(app).deleteEverything();
    expect(await app.caseIds()).toEqual([]);

    await backup.open();
    const picked = { name: file.fileName, mimeType: 'application/octet-stream', buffer: file.bytes };
    await backup.pickRestoreFile(picked);
    await backup.submitRestore(`${PASSPHRASE}。`);
    expect(await backup.fieldError(backup.restoreRegion())).toBe(backup.text.fileError.wrong_passphrase);
    await backup.submitRestore(PASSPHRASE);
    expect(await backup.restoredLine()).toBe(
      backup.text.restored({
        title: '我的债务',
        debts: CASE.debts.length,
        contacts: 1,
        evidence: JOURNEY_CONTACT.entry.files.length,
        agreements: 1,
      }),
    );
    const restored = await app.caseIds();
    expect(restored).toHaveLength(1);
    const after = await exportBytes(server.base, restored[0] ?? '', true);
    expect(after.equals(before)).toBe(true);

    await page.getByRole('button', { name: backup.text.openRestored, exact: true }).click();
    await page.waitForURL(/#\/overview$/);
    await app.waitForScreen();
    guard.assertClean();
  });

  it('at 1280×800, in English, with two cases and a helper key: accessible, reachable by keyboard, precise about a wrong file', async () => {
    const { browser, server } = run.started();
    await importExample(server, 'five-loans-80k.json', 'second case');
    const session = await openSession(browser, server.base, 'desktop');
    run.keep(session.context);
    const { page, app, guard } = session;
    const backup = new BackupPage(app);
    await backup.open();
    await app.switchLanguage();
    await backup.waitForScreen();
    expect(await backup.backupRegion().getByRole('radio').count()).toBeGreaterThanOrEqual(2);
    await backup.createHelperKey();
    await backup.pickRestoreFile({
      name: 'notes.age',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a backup'),
    });
    expect(await backup.fieldError(backup.restoreRegion())).toBe(backup.text.fileError.not_backup);
    await app.screenshot('backup-en');
    await assertAccessible(page, 'the backup screen at 1280×800');
    await assertKeyboardReachable(page, 'the backup screen at 1280×800');
    guard.assertClean();
  });

  describe('sharing with a helper on another 上岸', () => {
    let helperServer: RunningServer | undefined;
    beforeAll(async () => {
      helperServer = await startServer();
    }, 120_000);
    afterAll(async () => {
      await helperServer?.stop();
    });

    it('at 360×740: the helper’s key as text and QR code, the case encrypted to it, imported by the helper', async () => {
      const { browser, server } = run.started();
      if (helperServer === undefined) throw new Error('the helper’s server did not start');
      const caseId = await sampleWithAgreement(server, '请帮我看看');

      const helperSession = await openSession(browser, helperServer.base, 'mobile');
      run.keep(helperSession.context);
      await helperSession.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: helperServer.base,
      });
      const helper = new BackupPage(helperSession.app);
      await helper.open();
      const publicKey = await helper.createHelperKey();
      expect(publicKey).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
      // The QR code, read by a decoder of its own, is the same key.
      expect(await readQrCode(helper.qrCode())).toBe(publicKey);
      await helper.helperRegion().getByRole('button', { name: helper.text.copy, exact: true }).click();
      await helper.helperRegion().getByRole('status').filter({ hasText: helper.text.copied }).waitFor();
      const copied = await helperSession.page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      );
      expect(copied).toBe(publicKey);
      // The private key stays in this browser: after a reload the same key is there.
      await helperSession.page.reload();
      await helper.waitForScreen();
      expect(await helper.shownPublicKey()).toBe(publicKey);
      await helperSession.app.screenshot('backup-helper-key');
      await assertAccessible(helperSession.page, 'the helper’s key at 360×740');

      const personSession = await openSession(browser, server.base, 'mobile');
      run.keep(personSession.context);
      await personSession.app.openCase(caseId, '/backup');
      const person = new BackupPage(personSession.app);
      await person.waitForScreen();
      // A private key pasted by mistake is refused before anything is exported.
      await person
        .shareRegion()
        .getByLabel(person.text.shareKey, { exact: true })
        .fill(`AGE-SECRET-KEY-1${'Q'.repeat(58)}`);
      await person.shareRegion().getByRole('button', { name: person.text.shareSubmit, exact: true }).click();
      expect(await person.fieldError(person.shareRegion())).toBe(person.text.recipientProblem.secret_key);
      const shared = await person.share(publicKey);
      expect(shared.fileName).toMatch(/^shangan-share-\d{4}-\d{2}-\d{2}\.age$/);
      expect(shared.bytes.subarray(0, 32).toString('latin1')).toBe('age-encryption.org/v1\n-> X25519 ');
      expect(shared.bytes.includes(Buffer.from(CASE.person.name))).toBe(false);

      const picked = { name: shared.fileName, mimeType: 'application/octet-stream', buffer: shared.bytes };
      await helper.pickRestoreFile(picked);
      await helper.submitRestore();
      expect(await helper.restoredLine()).toBe(
        helper.text.restored({
          title: '请帮我看看',
          debts: CASE.debts.length,
          contacts: 0,
          evidence: 0,
          agreements: 1,
        }),
      );
      const [helperCase] = await helperSession.app.caseIds();
      const sent = await exportBytes(server.base, caseId, false);
      const received = await exportBytes(helperServer.base, helperCase ?? '', false);
      expect(received.equals(sent)).toBe(true);

      // Deleted, the key is gone for good: the same file can no longer be opened here.
      await helper.deleteHelperKey();
      await helper.pickRestoreFile(picked);
      expect(await helper.fieldError(helper.restoreRegion())).toBe(helper.text.restoreNoKey);
      helperSession.guard.assertClean();
      personSession.guard.assertClean();
    });
  });
});
