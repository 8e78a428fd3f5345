import type { Locator } from 'playwright-core';
import type { AppPage } from './app-page.js';
import { exactly, loadCatalog } from './catalog.js';

/** The reminders screen's texts the model uses (packages/web/src/screens/reminders/messages.ts). */
interface ReminderTexts {
  title: string;
  download: string;
}

export const reminderTexts = await loadCatalog<ReminderTexts>(
  'screens/reminders/messages.ts',
  'reminderMessages',
);

/** `#/reminders`: the case's dates, grouped, and the calendar file. */
export class RemindersPage {
  constructor(readonly app: AppPage) {}

  get text(): ReminderTexts {
    return reminderTexts[this.app.locale];
  }

  /** Waits until the reminders are read: the calendar link comes with the list. */
  async waitForReminders(): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.title));
    await this.calendarLink().waitFor();
  }

  /** One reminder, by its title (the server writes it, e.g. "支付令异议截止：某网络小额贷款有限公司"). */
  reminder(title: string): Locator {
    return this.app.page.getByRole('heading', { level: 3, name: title, exact: true });
  }

  calendarLink(): Locator {
    return this.app.page.getByRole('link', { name: this.text.download, exact: true });
  }

  /** "下载日历文件（.ics）": the calendar as text. */
  async downloadCalendar(): Promise<string> {
    return (await this.app.download(this.calendarLink())).bytes.toString('utf8');
  }
}
