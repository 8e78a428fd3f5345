import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The backup screen's texts the model uses (packages/web/src/screens/backup/messages.ts). */
interface BackupTexts {
  title: string;
  backupTitle: string;
  passphrase: string;
  repeat: string;
  backupSubmit: string;
  backupDone: (fileName: string, size: string) => string;
  passphraseProblem: Record<'missing' | 'too_short' | 'too_simple' | 'edge_space' | 'mismatch', string>;
  fileError: Record<
    'not_backup' | 'damaged' | 'wrong_passphrase' | 'wrong_key' | 'needs_key' | 'needs_passphrase',
    string
  >;
  restored: (counts: {
    title: string;
    debts: number;
    contacts: number;
    evidence: number;
    agreements: number;
  }) => string;
  restoreTitle: string;
  restoreFile: string;
  restorePassphrase: string;
  restoreSubmit: string;
  restoreWithKey: string;
  restoreNoKey: string;
  openRestored: string;
  shareTitle: string;
  shareKey: string;
  recipientProblem: Record<
    'missing' | 'secret_key' | 'not_age_key' | 'unsupported_key' | 'damaged_key',
    string
  >;
  shareSubmit: string;
  helperTitle: string;
  helperCreate: string;
  helperQr: string;
  copy: string;
  copied: string;
  helperDelete: string;
  helperDeleteConfirm: string;
  helperDeleted: string;
}

export const backupTexts = await loadCatalog<BackupTexts>('screens/backup/messages.ts', 'backupMessages');

/** A file the test hands to a file input, made in memory. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * `#/backup`: the encrypted backup, the restore, sharing with a helper's key and the helper's key.
 * Each part is a region named by its heading, so fields with the same label ("备份密码") in two
 * parts are told apart.
 */
export class BackupPage {
  constructor(readonly app: AppPage) {}

  get text(): BackupTexts {
    return backupTexts[this.app.locale];
  }

  private get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.goto('/backup');
    await this.waitForScreen();
  }

  async waitForScreen(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
    await this.region(this.text.helperTitle).waitFor();
  }

  region(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  backupRegion(): Locator {
    return this.region(this.text.backupTitle);
  }

  restoreRegion(): Locator {
    return this.region(this.text.restoreTitle);
  }

  shareRegion(): Locator {
    return this.region(this.text.shareTitle);
  }

  helperRegion(): Locator {
    return this.region(this.text.helperTitle);
  }

  /** Types the passphrase twice and presses the button; resolves once the form is done. */
  async fillBackup(passphrase: string, repeat = passphrase): Promise<void> {
    const form = this.backupRegion();
    await form.getByLabel(this.text.passphrase, { exact: true }).fill(passphrase);
    await form.getByLabel(this.text.repeat, { exact: true }).fill(repeat);
  }

  submitBackup(): Locator {
    return this.backupRegion().getByRole('button', { name: this.text.backupSubmit, exact: true });
  }

  /** Makes the encrypted backup and resolves to the file the browser saved. */
  async backup(passphrase: string): Promise<{ fileName: string; bytes: Buffer }> {
    await this.fillBackup(passphrase);
    return this.app.download(this.submitBackup());
  }

  /** Picks a file in the restore part (the app then reads how it is locked: see submitRestore). */
  async pickRestoreFile(file: PickedFile): Promise<void> {
    await this.restoreRegion().getByLabel(this.text.restoreFile, { exact: true }).setInputFiles(file);
  }

  /**
   * Restores the picked file and presses the button: with a passphrase, typed once its field
   * shows (a passphrase backup); without, once the app says the helper key will open it.
   */
  async submitRestore(passphrase?: string): Promise<void> {
    const form = this.restoreRegion();
    if (passphrase !== undefined)
      await form.getByLabel(this.text.restorePassphrase, { exact: true }).fill(passphrase);
    else await form.getByText(this.text.restoreWithKey, { exact: true }).waitFor();
    await form.getByRole('button', { name: this.text.restoreSubmit, exact: true }).click();
  }

  /** The line that says what was restored, once it is there. */
  async restoredLine(): Promise<string> {
    const status = this.restoreRegion()
      .getByRole('status')
      .filter({ has: this.page.getByRole('button', { name: this.text.openRestored }) });
    await status.waitFor();
    return ((await status.locator('p').textContent()) ?? '').trim();
  }

  /** Pastes the helper's key, shares, and resolves to the file the browser saved. */
  async share(publicKey: string): Promise<{ fileName: string; bytes: Buffer }> {
    await this.shareRegion().getByLabel(this.text.shareKey, { exact: true }).fill(publicKey);
    return this.app.download(
      this.shareRegion().getByRole('button', { name: this.text.shareSubmit, exact: true }),
    );
  }

  /** Makes the helper's key pair and resolves to the public key shown. */
  async createHelperKey(): Promise<string> {
    await this.helperRegion().getByRole('button', { name: this.text.helperCreate, exact: true }).click();
    return this.shownPublicKey();
  }

  /** The public key shown in the helper part, once it is there. */
  async shownPublicKey(): Promise<string> {
    const code = this.helperRegion().locator('.public-key code');
    await code.waitFor();
    return ((await code.textContent()) ?? '').trim();
  }

  qrCode(): Locator {
    return this.helperRegion().getByRole('img', { name: this.text.helperQr, exact: true });
  }

  async deleteHelperKey(): Promise<void> {
    const region = this.helperRegion();
    await region.getByRole('button', { name: this.text.helperDelete, exact: true }).click();
    await region.getByRole('button', { name: this.text.helperDeleteConfirm, exact: true }).click();
    await region.getByRole('status').filter({ hasText: this.text.helperDeleted }).waitFor();
  }

  /** The error shown under a field of a part (role alert), once it is there. */
  async fieldError(region: Locator): Promise<string> {
    const alert = region.locator('.field-error');
    await alert.first().waitFor();
    return ((await alert.first().textContent()) ?? '').trim();
  }
}
