import { DOCUMENT_TITLES, type DocumentKind } from '@shangan/core';
import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The documents screen's texts the model uses (packages/web/src/screens/documents/messages.ts). */
interface DocumentsTexts {
  title: string;
  debtLabel: string;
  kindLabel: string;
  docx: string;
  previewLabel: (title: string) => string;
}

export const documentsTexts = await loadCatalog<DocumentsTexts>(
  'screens/documents/messages.ts',
  'documentsMessages',
);

/** `#/documents`: a debt and a kind of document, its preview, copy, print and the Word file. */
export class DocumentsPage {
  constructor(readonly app: AppPage) {}

  get text(): DocumentsTexts {
    return documentsTexts[this.app.locale];
  }

  async waitForScreen(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
  }

  /** The preview of a kind of document: an `<article>` named by the document's (Chinese) title. */
  preview(kind: DocumentKind): Locator {
    return this.app.page.getByRole('article', {
      name: this.text.previewLabel(DOCUMENT_TITLES[kind]),
      exact: true,
    });
  }

  /** Chooses the debt (by lender) and the kind, and waits for that document's preview to be written. */
  async choose(lender: string, kind: DocumentKind): Promise<Locator> {
    await this.app.page.getByLabel(this.text.debtLabel, { exact: true }).selectOption({ label: lender });
    await this.app.page.getByLabel(this.text.kindLabel, { exact: true }).selectOption(kind);
    const preview = this.preview(kind);
    await preview.getByRole('heading').first().waitFor();
    return preview;
  }

  docxLink(): Locator {
    return this.app.page.getByRole('link', { name: this.text.docx, exact: true });
  }

  /** "下载 Word（DOCX）": the bytes of the file the browser saved. */
  async downloadDocx(): Promise<Buffer> {
    return (await this.app.download(this.docxLink())).bytes;
  }
}
