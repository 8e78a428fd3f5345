import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseFileInput } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { callApi, openSession, textOf } from './pages/app-page.js';
import { PlanPage } from './pages/plan-page.js';
import { useBrowserAndServer } from './support/browser-and-server.js';
import { SCREENSHOT_DIR } from './support/screenshots.js';

// Issue 12, the plan and the person's life: the budget's priority debts come first on the plan
// screen, whole; the custom creditor order is arranged with the keyboard on a phone, tried at once
// in the browser, saved to the case file, and the server's custom plan then follows it.

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const SAMPLE = JSON.parse(readFileSync(`${examples}five-loans-80k.json`, 'utf8')) as CaseFileInput;
const CASE: CaseFileInput = {
  ...SAMPLE,
  budget: {
    ...SAMPLE.budget,
    irregularCosts: [{ name: '春节回家', amount: '2400', every: 12 }],
    priorityDebts: [{ kind: 'secured_car_loan', name: '某汽车金融公司', monthly: '600', arrears: '7200' }],
  },
  // The friend first, then the app; the others follow in the order of the file.
  plan: { order: ['friend-8k', 'app-10k'] },
};
const lender = (id: string) => CASE.debts.find((debt) => debt.id === id)?.lender ?? id;

interface PlanJson {
  capacity: { monthly: string };
  priority: { debts: { line: string }[] };
  strategies: { name: string; firstCleared: { debtId: string } | null }[];
}

describe('priority debts and the custom order on the plan screen (e2e)', { timeout: 180_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: priority debts first; the order moved by keyboard, tried, saved and followed by the server', async () => {
    const { browser, server } = run.started();
    const { id: caseId } = await callApi<{ id: string }>(server.base, '/api/cases', {
      json: { title: '顺序', caseFile: CASE },
    });
    const caseApi = `/api/cases/${encodeURIComponent(caseId)}`;
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    await app.openCase(caseId, '/plan');
    const plan = new PlanPage(app);
    await plan.waitForPlan();

    // The priority debt, whole, before the strategies: 2,575 − 200 (festival) − 600 (car loan).
    const served = await app.api<PlanJson>(`${caseApi}/plan?lang=zh`);
    expect(served.capacity.monthly).toBe('1775.00');
    const priority = plan.prioritySection();
    expect(await textOf(priority.getByRole('listitem'))).toBe(served.priority.debts[0]?.line);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf(plan.text.priorityHeading)).toBeLessThan(
      headings.indexOf(plan.text.strategiesHeading),
    );

    // The saved order, the rest in case-file order.
    const saved = ['friend-8k', 'app-10k', 'bank-10k', 'xiaojin-12k', 'xiaodai-10k'];
    expect(await plan.orderShown()).toEqual(saved.map(lender));

    // The bank up two places by keyboard; the focus stays with it, and its place is announced.
    const bank = lender('bank-10k');
    await plan.moveWithKeyboard(bank, 'up');
    expect(await plan.focusedName()).toBe(plan.text.moveUp(bank));
    await page.keyboard.press('Enter');
    // At the top its up button is disabled: the focus moves to its down button, still on the bank.
    expect(await plan.focusedName()).toBe(plan.text.moveDown(bank));
    const tried = ['bank-10k', 'friend-8k', 'app-10k', 'xiaojin-12k', 'xiaodai-10k'];
    expect(await plan.orderShown()).toEqual(tried.map(lender));
    await page
      .getByRole('status')
      .filter({ hasText: plan.text.orderMoved(bank, 1, 5) })
      .waitFor();
    // The offers follow the order being arranged.
    expect(await page.getByLabel(plan.text.chooseStrategy).inputValue()).toBe('custom');
    await plan.orderSection().screenshot({ path: `${SCREENSHOT_DIR}custom-order-360x740.png` });
    await plan.prioritySection().screenshot({ path: `${SCREENSHOT_DIR}priority-debts-360x740.png` });

    // Saved to the case file; the server's custom plan follows the new order.
    await plan.orderSection().getByRole('button', { name: plan.text.orderSave, exact: true }).click();
    await page.getByRole('status').filter({ hasText: plan.text.orderSaved }).waitFor();
    const stored = await app.api<{ caseFile: CaseFileInput }>(caseApi);
    expect(stored.caseFile.plan).toEqual({ order: tried });
    const custom = await app.api<PlanJson>(`${caseApi}/plan?lang=zh&strategy=custom&lumpSum=0`);
    expect(custom.strategies[0]?.firstCleared?.debtId).toBe('bank-10k');
    guard.assertClean();
  });
});
