import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { loadCatalog } from './catalog.js';

/** The start screen's texts the model uses (packages/web/src/screens/start/messages.ts). */
interface StartTexts {
  title: string;
  startOwn: string;
  openSample: string;
}

export const startTexts = await loadCatalog<StartTexts>('screens/start/messages.ts', 'startMessages');

/** `#/start`: "这周最要紧的是什么", and the two ways in (the person's own debts, the sample case). */
export class StartPage {
  constructor(readonly app: AppPage) {}

  get text(): StartTexts {
    return startTexts[this.app.locale];
  }

  startOwnButton(): Locator {
    return this.app.page.getByRole('button', { name: this.text.startOwn, exact: true });
  }

  sampleButton(): Locator {
    return this.app.page.getByRole('button', { name: this.text.openSample, exact: true });
  }

  /** "开始录入我的债务": a new case, and its first debt's first question. */
  async startOwn(): Promise<void> {
    await this.startOwnButton().click();
    await this.app.page.waitForURL(/#\/intake\/[^/]+\/lender$/);
  }

  /** "先看示例案件": the sample case, opened on its first debt's review. */
  async openSample(): Promise<void> {
    await this.sampleButton().click();
    await this.app.page.waitForURL(/#\/intake\/[^/]+\/review$/);
  }
}
