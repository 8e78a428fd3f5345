import { describe, expect, it } from 'vitest';
import { callApi, openSession, textOf } from './pages/app-page.js';
import { LprPage } from './pages/lpr-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { assertAccessible } from './support/axe.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Issue 14 ("phone wording"): a newer LPR quotation is added on a screen, not with a command. At
// 360×740: from the overview's note that the table may be out of date, to the LPR screen; a
// quotation added there is listed, and the overview computes the cap with it.

const LENDER = '个人出借人王某';

/** A private loan formed after the built-in table's newest quotation (2026-01-20, 3.00 %). */
const CASE_FILE = {
  version: 1,
  asOf: '2026-11-20',
  debts: [
    {
      id: 'iou',
      lender: LENDER,
      lenderType: 'private',
      contractDate: '2026-03-10',
      principal: '20000',
      terms: { method: 'interest_only', periods: 12, frequency: 'monthly', annualRate: '24%' },
    },
  ],
};

/** The document's width beyond the viewport's: 0 when nothing needs a sideways scroll. */
const overflow = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe('adding an LPR quotation on the phone (e2e)', { timeout: 180_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: overview note → LPR screen → add → listed, no sideways scroll → the cap uses it', async () => {
    const { browser, server } = run.started();
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    const { id } = await callApi<{ id: string }>(server.base, '/api/cases', {
      json: { title: 'LPR', caseFile: CASE_FILE },
    });
    await app.openCase(id, '/overview');
    const overview = new OverviewPage(app);
    await overview.waitForDebts();
    expect(await overview.capRate(LENDER)).toBe('12.00%');

    await overview.toLprFromNotice();
    const lpr = new LprPage(app);
    await lpr.waitForScreen();
    await lpr.waitForNoneOfOwn();
    await lpr.add({ date: '2026-02-20', lpr1y: '2.80', lpr5y: '3.30', source: '中国人民银行网站公告' });
    // The list is read again after the add: wait for the quotation in it, then for it alone.
    const items = lpr.ownItems();
    await items.filter({ hasText: lpr.text.ownItem('2026-02-20', '2.80', '3.30') }).waitFor();
    expect(await items.count()).toBe(1);
    expect(await textOf(items.first())).toContain('中国人民银行网站公告');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await app.screenshot('lpr-added');
    await assertAccessible(page, 'LPR quotations at 360×740');

    // Back on the overview the analysis is asked for again: 4 × 2.80 % for a contract of 2026-03-10.
    await lpr.toOverview();
    await overview.waitForDebts();
    expect(await overview.capRate(LENDER)).toBe('11.20%');
    guard.assertClean();
  });
});
