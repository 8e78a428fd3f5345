import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, joined, loadCatalog } from './catalog.js';

/** The status board's texts the model uses (packages/web/src/screens/negotiate/messages.ts). */
interface BoardTexts {
  title: string;
  callCopilot: string;
  logContact: (count: number) => string;
  forLender: (lender: string) => string;
}

/** The contact log's texts (contact-messages.ts): the form's labels and the history. */
interface ContactTexts {
  title: (lender: string) => string;
  counterpart: string;
  theySaid: string;
  theyPromised: string;
  iPromised: string;
  notes: string;
  files: string;
  save: string;
  saved: string;
  historyTitle: string;
}

/** The call co-pilot's texts (call-messages.ts). */
interface CallTexts {
  title: (lender: string) => string;
  pushbackTitle: string;
}

const NEGOTIATE = 'screens/negotiate/';
export const boardTexts = await loadCatalog<BoardTexts>(`${NEGOTIATE}messages.ts`, 'boardMessages');
export const contactTexts = await loadCatalog<ContactTexts>(
  `${NEGOTIATE}contact-messages.ts`,
  'contactMessages',
);
export const callTexts = await loadCatalog<CallTexts>(`${NEGOTIATE}call-messages.ts`, 'callMessages');

/** A file to upload as evidence, made in memory. */
export interface EvidenceFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** One contact as the person logs it; the channel, time and direction keep the form's defaults. */
export interface ContactEntry {
  counterpart: string;
  theySaid: string;
  theyPromised: string;
  iPromised: string;
  notes: string;
  files: readonly EvidenceFile[];
}

/**
 * `#/negotiate`: the status board (one card per debt), and for each debt the call co-pilot
 * (`…/call`) and the contact log with its evidence (`…/log`).
 */
export class NegotiatePage {
  constructor(readonly app: AppPage) {}

  get board(): BoardTexts {
    return boardTexts[this.app.locale];
  }

  get contact(): ContactTexts {
    return contactTexts[this.app.locale];
  }

  get call(): CallTexts {
    return callTexts[this.app.locale];
  }

  private get page() {
    return this.app.page;
  }

  async waitForBoard(): Promise<void> {
    await this.app.waitForScreen(exactly(this.board.title));
    await this.page.getByRole('article').first().waitFor();
  }

  /** A debt's card on the board, named by its lender. */
  debtCard(lender: string): Locator {
    return this.page.getByRole('article', { name: lender, exact: true });
  }

  /** "通话助手：<lender>", from the debt's card. */
  async openCallCopilot(lender: string): Promise<void> {
    await this.debtCard(lender)
      .getByRole('link', { name: joined(this.board.callCopilot, this.board.forLender(lender)) })
      .click();
    await this.waitForCallCopilot(lender);
  }

  /** The co-pilot once its script is in: the step and the answers to the usual pushbacks. */
  async waitForCallCopilot(lender: string): Promise<void> {
    await this.app.waitForScreen(exactly(this.call.title(lender)));
    await this.pushbacks().getByRole('button').first().waitFor();
  }

  /** "对方这样说时": one button per pushback, each opening its answer. */
  pushbacks(): Locator {
    return this.page.getByRole('region', { name: this.call.pushbackTitle, exact: true });
  }

  /** Opens the answer to the first pushback; resolves to the answer's heading. */
  async openFirstPushback(): Promise<Locator> {
    const button = this.pushbacks().getByRole('button').first();
    await button.click();
    const answer = this.pushbacks().getByRole('heading', { level: 3 });
    await answer.waitFor();
    return answer;
  }

  /** "记录联系（已有 N 条）：<lender>", from the debt's card. */
  async openContactLog(lender: string, contactsSoFar: number): Promise<void> {
    await this.debtCard(lender)
      .getByRole('link', { name: joined(this.board.logContact(contactsSoFar), this.board.forLender(lender)) })
      .click();
    await this.waitForContactLog(lender);
  }

  async waitForContactLog(lender: string): Promise<void> {
    await this.app.waitForScreen(exactly(this.contact.title(lender)));
    await this.history().waitFor();
  }

  private field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Fills the form, chooses the files, saves, and waits until every file is listed in the history. */
  async logContact(entry: ContactEntry): Promise<void> {
    await this.field(this.contact.counterpart).fill(entry.counterpart);
    await this.field(this.contact.theySaid).fill(entry.theySaid);
    await this.field(this.contact.theyPromised).fill(entry.theyPromised);
    await this.field(this.contact.iPromised).fill(entry.iPromised);
    await this.field(this.contact.notes).fill(entry.notes);
    await this.field(this.contact.files).setInputFiles(entry.files.map((file) => ({ ...file })));
    await this.page.getByRole('button', { name: this.contact.save, exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: this.contact.saved }).waitFor();
    for (const file of entry.files) await this.evidenceLink(file.name).waitFor();
  }

  /** "联系记录": the debt's contacts, newest first. */
  history(): Locator {
    return this.page.getByRole('region', { name: this.contact.historyTitle, exact: true });
  }

  evidenceLink(fileName: string): Locator {
    return this.history().getByRole('link', { name: fileName, exact: true });
  }

  async downloadEvidence(fileName: string): Promise<{ fileName: string; bytes: Buffer }> {
    return this.app.download(this.evidenceLink(fileName));
  }
}
