import { addDays, date, formatDate } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { openSession, textOf } from './pages/app-page.js';
import { loadCatalog } from './pages/catalog.js';
import { DocumentsPage } from './pages/documents-page.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Issue 13, acceptance 3 (first half), at 360×740: a newcomer whose 支付令 came 5 days ago reaches
// the objection, ready to print, in six screens — start, two triage questions, the payment-order
// form, its result with the deadline and the reminder, the document — typing only what the
// objection needs.

interface StartTexts {
  begin: string;
  yes: string;
  writeObjection: string;
}
interface PaymentOrderTexts {
  title: string;
  lender: string;
  principal: string;
  contractDate: string;
  amount: string;
  save: string;
  readyTitle: string;
  toObjection: string;
  toCalendar: string;
  deadline: (deadline: string, daysLeft: number) => string;
}
const start = (await loadCatalog<StartTexts>('screens/start/messages.ts', 'startMessages')).zh;
const order = (
  await loadCatalog<PaymentOrderTexts>('screens/payment-order/messages.ts', 'paymentOrderMessages')
).zh;

/** Today as the browser sees it, YYYY-MM-DD (the server and the browser share this machine's clock). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('a payment order received 5 days ago (e2e)', { timeout: 180_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: start → 支付令? yes → the date → the objection form → deadline and reminder → the objection', async () => {
    const { browser, server } = run.started();
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    await app.deleteAllCases();
    const today = localToday();
    const received = addDays(date(today), -5);
    const screens: string[] = [];
    const seen = async () => screens.push(await textOf(await app.waitForScreen()));

    await app.goto('/start'); // 1
    await seen();
    await page.getByRole('link', { name: start.begin, exact: true }).click(); // 2: 支付令?
    await seen();
    await page.getByRole('radio', { name: start.yes, exact: true }).check();
    await page.getByRole('button', { name: '下一步', exact: true }).click(); // 3: the date
    await seen();
    await page.locator('input[type="date"]').fill(received);
    await page.getByRole('button', { name: start.writeObjection, exact: true }).click(); // 4: the form
    await app.waitForScreen(order.title);
    await seen();
    await page.getByLabel(order.lender).fill('某网络小额贷款公司');
    await page.getByLabel(order.principal).fill('10000');
    await page.getByLabel(order.contractDate).fill('2025-03-12');
    await page.getByLabel(order.amount).fill('13500');
    await app.screenshot('payment-order-form');
    await page.getByRole('button', { name: order.save, exact: true }).click(); // 5: deadline, reminder
    await app.waitForScreen(order.readyTitle);
    await seen();
    const deadline = addDays(received, 15);
    expect(await textOf(page.getByRole('status'))).toBe(order.deadline(deadline, 10));
    const calendar = await app.download(page.getByRole('link', { name: order.toCalendar, exact: true }));
    const ics = calendar.bytes.toString('utf8');
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll('-', '')}`);
    // Discreet by default: no lender and no amount on a lock screen.
    expect(ics).not.toContain('某网络小额贷款公司');
    expect(ics).not.toMatch(/13,?500/);
    await app.screenshot('payment-order-ready');

    await page.getByRole('link', { name: order.toObjection, exact: true }).click(); // 6: the objection
    const documents = new DocumentsPage(app);
    await documents.waitForScreen();
    await seen();
    const preview = documents.preview('payment_order_objection');
    await preview.getByRole('heading').first().waitFor();
    const letter = await textOf(preview);
    expect(letter).toContain(formatDate(received, 'zh'));
    expect(letter).toContain(formatDate(deadline, 'zh'));
    expect(letter).toContain('某网络小额贷款公司');
    await app.screenshot('payment-order-objection');
    expect(screens.length).toBeLessThanOrEqual(6);
    guard.assertClean();
  });
});
