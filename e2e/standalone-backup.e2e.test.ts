import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiError } from '@shangan/contract';
import { Decrypter } from 'age-encryption';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_CONTACT } from './journey-cases.js';
import { AppPage } from './pages/app-page.js';
import { BackupPage } from './pages/backup-page.js';
import { IntakePage } from './pages/intake-page.js';
import { NegotiatePage } from './pages/negotiate-page.js';
import { PrivacyPage } from './pages/privacy-page.js';
import { StartPage } from './pages/start-page.js';
import { launchBrowser, newContext } from './support/browser.js';
import { guardNetwork } from './support/network-guard.js';
import { type StaticServer, serveStatic } from './support/static-server.js';

/**
 * Issue 14, acceptance 2 (the backup part): the standalone build from a plain static server, on a
 * 360×740 phone, its API in a worker of the page (ADR 0030). The sample case and a contact with two
 * files, logged on the screen → an encrypted backup with a passphrase (ADR 0031) → a wrong
 * passphrase refused, with nothing lost → everything deleted → the backup restored: the export
 * after is the export before, byte for byte. The exports are read as the app's own links read them,
 * through the page's API worker (api-links.ts): a static server has no `/api/…`. No request leaves
 * the page's origin and its CSP is never violated (ADR 0032).
 */

const DIST = fileURLToPath(new URL('../packages/web/dist-standalone/', import.meta.url));
/** A cold PGlite in the browser (initdb and every migration) on a busy 2-core machine. */
const START_MS = 180_000;
const CASE = JSON.parse(
  readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8'),
) as {
  person: { name: string; phone: string };
  debts: { id: string; lender: string }[];
};
const LENDER = CASE.debts[JOURNEY_CONTACT.debt]?.lender ?? '';
const PASSPHRASE = '我家楼下那棵老槐树开花了';
/** What current-case.tsx remembers the chosen case under. */
const CASE_KEY = 'shangan.caseId';

/** What a GET on the API answered when the page followed a link to it: a download, or the alert of its error. */
type LinkAnswer = { bytes: Buffer } | { alert: string };

/**
 * Follows a link to `path` in the page, as a click on an export or evidence link does: the worker
 * answers it and the page saves the file, or alerts the API's message when it answers an error.
 */
async function followApiLink(page: Page, path: string): Promise<LinkAnswer> {
  const answered = new Promise<LinkAnswer>((resolve, reject) => {
    page.once('download', (download) => {
      download
        .path()
        .then((file) => resolve({ bytes: readFileSync(file) }))
        .catch(reject);
    });
    page.once('dialog', (dialog) => {
      resolve({ alert: dialog.message() });
      dialog.dismiss().catch(reject);
    });
  });
  await page.evaluate((href) => {
    const { document } = globalThis as unknown as {
      document: {
        createElement(tag: 'a'): { href: string; click(): void; remove(): void };
        body: { append(node: unknown): void };
      };
    };
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  return answered;
}

async function apiBytes(page: Page, path: string): Promise<Buffer> {
  const answer = await followApiLink(page, path);
  if ('alert' in answer) throw new Error(`GET ${path} answered: ${answer.alert}`);
  return answer.bytes;
}

async function listCases(page: Page): Promise<{ id: string; title: string }[]> {
  const body = JSON.parse((await apiBytes(page, '/api/cases')).toString('utf8')) as {
    cases: { id: string; title: string }[];
  };
  return body.cases;
}

/** The case's export with phone and ID numbers, as the backup screen encrypts it. */
const exportPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/export?reveal=true`;

describe('the standalone build’s encrypted backup (e2e)', { timeout: 4 * START_MS }, () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('at 360×740: sample and a contact, backup, wrong passphrase, delete everything, restore: the same export, byte for byte', async () => {
    if (browser === undefined || server === undefined) throw new Error('the browser or server did not start');
    const context = await newContext(browser, 'mobile');
    const guard = await guardNetwork(context, server.base);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(START_MS);
      const app = new AppPage(page, server.base);
      const backup = new BackupPage(app);
      const negotiate = new NegotiatePage(app);

      await app.goto('/');
      const start = new StartPage(app);
      await app.waitForScreen(start.text.title);
      await start.openSample();
      await page.getByText(new IntakePage(app).text.savedOk, { exact: true }).waitFor();
      const caseId = await page.evaluate(
        (key) =>
          (
            globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
          ).localStorage.getItem(key),
        CASE_KEY,
      );
      if (caseId === null) throw new Error('the sample case was not made the current one');

      // A contact with two files, logged on the phone: the log and the evidence are in the export too.
      await app.goto('/negotiate');
      await negotiate.waitForBoard();
      await negotiate.openContactLog(LENDER, 0);
      await negotiate.logContact(JOURNEY_CONTACT.entry);
      const [stored] = await listCases(page);
      const before = await apiBytes(page, exportPath(caseId));
      // Both files are in it, so "the same export" below also means the same evidence.
      const entries = Object.values(unzipSync(new Uint8Array(before))).map((bytes) => Buffer.from(bytes));
      for (const logged of JOURNEY_CONTACT.entry.files) {
        expect(entries.some((bytes) => bytes.equals(logged.buffer))).toBe(true);
      }

      await backup.open();
      const file = await backup.backup(PASSPHRASE);
      expect(file.fileName).toMatch(/^shangan-backup-\d{4}-\d{2}-\d{2}\.age$/);
      expect(file.bytes.subarray(0, 32).toString('latin1')).toBe('age-encryption.org/v1\n-> scrypt ');
      for (const plain of [CASE.person.name, CASE.person.phone, 'case.json']) {
        expect(file.bytes.includes(Buffer.from(plain))).toBe(false);
      }
      // The file holds the export exactly: any age tool opens it with the passphrase.
      const decrypter = new Decrypter();
      decrypter.addPassphrase(PASSPHRASE);
      expect(Buffer.from(await decrypter.decrypt(new Uint8Array(file.bytes))).equals(before)).toBe(true);

      // A wrong passphrase: said so at the passphrase field, no case made, the case there untouched.
      const picked = { name: file.fileName, mimeType: 'application/octet-stream', buffer: file.bytes };
      await backup.pickRestoreFile(picked);
      await backup.submitRestore(`${PASSPHRASE}。`);
      expect(await backup.fieldError(backup.restoreRegion())).toBe(backup.text.fileError.wrong_passphrase);
      expect(await listCases(page)).toEqual([stored]);
      expect((await apiBytes(page, exportPath(caseId))).equals(before)).toBe(true);

      await new PrivacyPage(app).deleteEverything(START_MS);
      // Gone from the database and from the browser's storage: no case, no file, no key of the app's.
      expect(await listCases(page)).toEqual([]);
      expect(await followApiLink(page, exportPath(caseId))).toEqual({
        alert: renderApiError({ code: 'not_found', params: { what: 'case' } }, 'zh'),
      });
      const appKeys = await page.evaluate(() => {
        const { localStorage } = globalThis as unknown as {
          localStorage: { length: number; key(index: number): string | null };
        };
        return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
      });
      expect(appKeys.filter((key) => key.startsWith('shangan.'))).toEqual([]);

      await backup.open();
      await backup.pickRestoreFile(picked);
      await backup.submitRestore(PASSPHRASE);
      expect(await backup.restoredLine()).toBe(
        backup.text.restored({
          title: stored?.title ?? '',
          debts: CASE.debts.length,
          contacts: 1,
          evidence: JOURNEY_CONTACT.entry.files.length,
          agreements: 0,
        }),
      );
      const restored = await listCases(page);
      expect(restored.map((item) => item.title)).toEqual([stored?.title]);
      const after = await apiBytes(page, exportPath(restored[0]?.id ?? ''));
      expect(after.equals(before)).toBe(true);

      await page.getByRole('button', { name: backup.text.openRestored, exact: true }).click();
      await page.waitForURL(/#\/overview$/);
      await app.waitForScreen();
      guard.assertClean();
    } finally {
      await context.close();
    }
  });
});
