import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRATEGIES } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { openSession, textOf } from './pages/app-page.js';
import { DocumentsPage } from './pages/documents-page.js';
import { IntakePage } from './pages/intake-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { PlanPage } from './pages/plan-page.js';
import { StartPage } from './pages/start-page.js';
import { VIEWPORTS, type ViewportName } from './support/browser.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Acceptance line 1: a newcomer with no case reaches the overview, the plan and the documents of the
// sample case with buttons only, typing nothing: "先看示例案件", "下一笔" … "完成", and two links.

/** The sample case the start screen opens (packages/web/src/screens/start/sample-case.ts). */
const SAMPLE = JSON.parse(
  readFileSync(fileURLToPath(new URL('../examples/five-loans-80k.json', import.meta.url)), 'utf8'),
) as { debts: { id: string; lender: string }[] };

describe('a newcomer opens the sample case (e2e)', { timeout: 120_000 }, () => {
  const run = useBrowserAndServer();

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { width, height } = VIEWPORTS[viewport];

    it(`at ${width}×${height}: / → 先看示例案件 → 下一笔 … 完成 → overview (five debts) → plan → documents`, async () => {
      const { browser, server } = run.started();
      const session = await openSession(browser, server.base, viewport);
      run.keep(session.context);
      const { page, app, guard } = session;
      await app.deleteAllCases();
      const shot = (name: string) => app.screenshot(`sample-${name}`);

      await app.goto('/');
      const start = new StartPage(app);
      await app.waitForScreen(start.text.title);
      expect(app.route()).toBe('/start');
      await start.openSample();

      // The review of each sample debt in turn, the sample's note on each, then "完成".
      const intake = new IntakePage(app);
      const reviewed: string[] = [];
      for (;;) {
        const [, , debtId] = app.route().split('/');
        const lender = SAMPLE.debts.find((debt) => debt.id === debtId)?.lender ?? `(unknown debt ${debtId})`;
        await intake.waitForReview(lender);
        await page.getByText(intake.text.sampleNote, { exact: true }).waitFor();
        if (reviewed.length === 0) await shot('review');
        reviewed.push(lender);
        if ((await intake.nextDebtButton().count()) === 0) break;
        await intake.nextDebt();
      }
      expect(reviewed).toEqual(SAMPLE.debts.map((debt) => debt.lender));
      await intake.finish();

      // The overview: one card per sample debt, each with its true rate.
      const overview = new OverviewPage(app);
      expect(app.route()).toBe('/overview');
      await overview.waitForDebts();
      await shot('overview');
      expect(await overview.debtCards().count()).toBe(5);
      for (const debt of SAMPLE.debts) {
        expect((await overview.figures(debt.lender)).aprSimple, debt.lender).toMatch(/^\d+\.\d{2}%$/);
      }

      // The plan: a card for every strategy, each with its months and total.
      await overview.toPlan();
      const plan = new PlanPage(app);
      await plan.waitForPlan();
      await shot('plan');
      const cards = plan.strategyCards();
      expect(await cards.count()).toBe(STRATEGIES.length);
      for (const card of await cards.all()) {
        const label = await textOf(card.getByRole('heading'));
        const figures = await plan.strategyFigures(label);
        expect(figures.months, label).toMatch(/^\d+$/);
        expect(figures.totalPaid, label).toMatch(/^[\d,]+\.\d{2} 元$/);
      }

      // The documents: a preview of the first kind for the first debt, with its heading.
      await app.navigate('documents');
      const documents = new DocumentsPage(app);
      await documents.waitForScreen();
      const preview = documents.preview('script');
      await preview.getByRole('heading').first().waitFor();
      await shot('documents');
      expect(await textOf(preview.getByRole('heading').first())).not.toBe('');

      guard.assertClean();
    });
  }
});
