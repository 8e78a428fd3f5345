import { describe, expect, it } from 'vitest';
import { AppPage, callApi, editCase, type StoredCaseJson } from './pages/app-page.js';
import { budgetTexts } from './pages/budget-page.js';
import { loadCatalog } from './pages/catalog.js';
import { assertAccessible } from './support/axe.js';
import { newContext } from './support/browser.js';
import { useBrowserAndServer } from './support/browser-and-server.js';
import { guardNetwork } from './support/network-guard.js';
import { importExample } from './support/start-server.js';

// Optimistic concurrency in the browser (ADR 0022): the case changes on the server while the person
// edits their budget; their save is refused (412), the app reloads the case, says calmly what is
// different and that nothing was saved, keeps what they typed, and re-applies it on request.

interface ConflictTexts {
  title: string;
  reapply: string;
  reapplied: string;
  debtChanged: (lender: string, fields: string) => string;
  fields: Record<string, string>;
}

const conflictTexts = await loadCatalog<ConflictTexts>('case/conflict-messages.ts', 'conflictMessages');

describe('a save refused because the case changed elsewhere (e2e)', { timeout: 120_000 }, () => {
  const run = useBrowserAndServer();

  it('shows what changed, keeps the draft, and re-applies it on the newer case', async () => {
    const { browser, server } = run.started();
    const base = server.base;
    const context = await newContext(browser, 'desktop');
    run.keep(context);
    // The refused save is an HTTP error, which Chromium logs; the app handles it.
    const guard = await guardNetwork(context, base, { allowConsole: [/status of 412/] });
    const page = await context.newPage();
    const app = new AppPage(page, base);
    await app.deleteAllCases();
    const caseId = await importExample(server, 'five-loans-80k.json', '并发修改');
    const text = conflictTexts.zh;
    const budget = budgetTexts.zh;

    await app.goto('/budget');
    await app.waitForScreen(budget.title);
    const lumpSum = page.getByLabel(budget.lumpSum, { exact: true });
    await lumpSum.fill('12345');

    // Meanwhile, another device records a payment on the first debt.
    const payment = { date: '2026-11-01', amount: '88.00' };
    const elsewhere = await editCase(base, caseId, (stored) => {
      const [first, ...rest] = stored.caseFile.debts;
      if (first === undefined) throw new Error('the example has no debt');
      return {
        title: stored.title,
        caseFile: {
          ...stored.caseFile,
          debts: [{ ...first, payments: [...(first.payments ?? []), payment] }, ...rest],
        },
      };
    });
    const lender = elsewhere.caseFile.debts[0]?.lender ?? '';

    await page.getByRole('button', { name: budget.save, exact: true }).click();
    const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: text.title }) });
    await notice.waitFor();
    await expect
      .poll(() => notice.getByRole('listitem').allTextContents())
      .toEqual([text.debtChanged(lender, text.fields.payments ?? 'payments')]);
    // Nothing of the budget edit was stored, and the person's typing is still in the form.
    const path = `/api/cases/${encodeURIComponent(caseId)}`;
    const afterRefusal = await callApi<StoredCaseJson>(base, path);
    expect(afterRefusal.caseFile.budget?.lumpSum).toBe('20000');
    expect(await lumpSum.inputValue()).toBe('12345');
    // The notice has the focus (the save button may be far below it) and passes axe.
    expect(await notice.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await assertAccessible(page, 'conflict notice');

    await notice.getByRole('button', { name: text.reapply, exact: true }).click();
    await page.getByRole('status').filter({ hasText: text.reapplied }).waitFor();
    // Both changes are stored: the other device's payment and this person's budget, nothing mixed.
    const stored = await callApi<StoredCaseJson>(base, path);
    expect(stored.caseFile.budget?.lumpSum).toBe('12345.00');
    expect(stored.caseFile.debts[0]?.payments).toEqual(elsewhere.caseFile.debts[0]?.payments);
    guard.assertClean();
  });
});
