import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMoney, formatPercent, yuan } from '@shangan/core';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  JOURNEY_BUDGET,
  JOURNEY_CONTACT,
  JOURNEY_DEBTS,
  JOURNEY_DOCUMENT,
  JOURNEY_PERSON,
  JOURNEY_SITUATION,
  type JourneyDebt,
  SLIDER_STEPS,
} from './journey-cases.js';
import { openSession } from './pages/app-page.js';
import { BudgetPage } from './pages/budget-page.js';
import { DocumentsPage } from './pages/documents-page.js';
import { IntakePage } from './pages/intake-page.js';
import { NegotiatePage } from './pages/negotiate-page.js';
import { type DebtFigures, OverviewPage } from './pages/overview-page.js';
import { PlanPage, type StrategyFigures } from './pages/plan-page.js';
import { RemindersPage } from './pages/reminders-page.js';
import { StartPage } from './pages/start-page.js';
import { launchBrowser, VIEWPORTS, type ViewportName } from './support/browser.js';
import { type RunningServer, startServer } from './support/start-server.js';

// One person's way through the built app, in Chromium, by role and label only: four debts typed
// into the intake, a budget, and then every figure checked against the CLI and the API rather than
// against numbers written here. Run once per size; each run starts from a server with no case.

const CLI = fileURLToPath(new URL('../packages/cli/bin/shangan.js', import.meta.url));
/** The intake questions photographed (once each per run): one of each kind of control. */
const PHOTOGRAPHED = new Set([
  'lender',
  'lenderType',
  'contractDate',
  'scheduleMode',
  'fees',
  'payments',
  'limitationEvents',
  'status',
  // The card questions (issue 10): each kind of control they use.
  'cardLast4',
  'cardBalance',
  'cardSplit',
  'cardPlan',
  'cardDailyRate',
  'cardFirstMissed',
  'cardPayments',
  'cardOffers',
  'cardPlanFeeRate',
]);

/** What `shangan analyze --json` and GET …/analysis say of one debt (caseReportJson). */
interface AnalysisDebt {
  lender: string;
  apr: { simple: number; compound: number } | null;
  legal: { supported: string; claimed: string | null };
}

/** One strategy of GET …/plan (planReportJson). */
interface PlanStrategy {
  name: string;
  label: string;
  feasible: boolean;
  months: number;
  totalPaid: string;
  shortfall: { needed: string } | null;
}

interface PlanReport {
  capacity: { monthly: string; lumpSum: string };
  strategies: PlanStrategy[];
}

const money = (amount: string) => formatMoney(yuan(amount), 'zh');
const rate = (value: number | undefined) => (value === undefined ? '—' : formatPercent(value));

/** A debt's card as the overview draws it from the analysis (rate-facts.tsx, amount-facts.tsx). */
function shownDebt(debt: AnalysisDebt, notEntered: string): DebtFigures {
  return {
    aprSimple: rate(debt.apr?.simple),
    aprCompound: rate(debt.apr?.compound),
    supported: money(debt.legal.supported),
    claimed: debt.legal.claimed === null ? notEntered : money(debt.legal.claimed),
  };
}

/** A strategy's card as the plan draws it (strategy-card.tsx). */
function shownStrategy(strategy: PlanStrategy): StrategyFigures {
  return {
    months: strategy.feasible ? String(strategy.months) : '—',
    totalPaid: money(strategy.shortfall === null ? strategy.totalPaid : strategy.shortfall.needed),
  };
}

/** Runs the CLI on the case file the server holds, as a helper with the CLI would. */
function analyzeWithCli(caseFile: unknown): AnalysisDebt[] {
  const folder = mkdtempSync(join(tmpdir(), 'shangan-journey-'));
  try {
    const file = join(folder, 'case.json');
    writeFileSync(file, JSON.stringify(caseFile, null, 2));
    const output = execFileSync(process.execPath, [CLI, 'analyze', file, '--json'], { encoding: 'utf8' });
    return (JSON.parse(output) as { debts: AnalysisDebt[] }).debts;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function lenderOf(debt: JourneyDebt): string {
  return debt.answers.lender;
}

describe('one person’s journey through the app in Chromium (e2e)', { timeout: 240_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { width, height } = VIEWPORTS[viewport];

    it(`at ${width}×${height}: four debts (two credit cards) and a budget typed in; overview = CLI, plan = API; a contact with evidence; DOCX and .ics`, async () => {
      if (browser === undefined || server === undefined)
        throw new Error('the browser or server did not start');
      const session = await openSession(browser, server.base, viewport);
      contexts.push(session.context);
      const { page, app, guard } = session;
      // A newcomer: the run before (the other size) must leave nothing behind.
      await app.deleteAllCases();
      const shot = (name: string) => app.screenshot(`journey-${name}`);

      // Start → "开始录入我的债务".
      await app.goto('/');
      const start = new StartPage(app);
      await app.waitForScreen(start.text.title);
      await shot('start');
      await start.startOwn();

      // The intake: each debt question by question, then its review.
      const intake = new IntakePage(app);
      const photographed = new Set<string>();
      const photographQuestion = async (question: string) => {
        if (!PHOTOGRAPHED.has(question) || photographed.has(question)) return;
        photographed.add(question);
        await shot(`intake-${question}`);
      };
      for (const [index, debt] of JOURNEY_DEBTS.entries()) {
        if (index > 0) await intake.addAnother();
        await intake.enterDebt(debt.answers, photographQuestion);
        if (index === 0) await shot('intake-review');
      }
      await intake.finish();
      await shot('intake-about');
      await intake.fillAbout(JOURNEY_PERSON);
      await shot('intake-situation');
      await intake.fillSituation(JOURNEY_SITUATION);

      const caseIds = await app.caseIds();
      expect(caseIds).toHaveLength(1);
      const caseApi = `/api/cases/${encodeURIComponent(caseIds[0] ?? '')}`;

      // Overview: every debt's true rates and amounts are what the CLI computes from the same case file.
      const overview = new OverviewPage(app);
      await overview.waitForDebts();
      await shot('overview');
      expect(await overview.debtCards().count()).toBe(JOURNEY_DEBTS.length);
      const { caseFile } = await app.api<{ caseFile: unknown }>(caseApi);
      const cli = analyzeWithCli(caseFile);
      for (const debt of JOURNEY_DEBTS) {
        const fromCli = cli.find((item) => item.lender === lenderOf(debt));
        expect(fromCli, debt.about).toBeDefined();
        if (fromCli === undefined) continue;
        // A debt with a repayment plan has a true rate; a revolving card has none (shown as "—").
        expect(fromCli.apr !== null, debt.about).toBe(debt.trueRate);
        expect(await overview.figures(lenderOf(debt)), debt.about).toEqual(
          shownDebt(fromCli, overview.text.notEntered),
        );
        // A court awards no more than is claimed (issue 10, K1).
        if (fromCli.legal.claimed !== null) {
          expect(yuan(fromCli.legal.supported), debt.about).toBeLessThanOrEqual(yuan(fromCli.legal.claimed));
        }
      }

      // Budget: typed in, saved; the capacity shown is the one the plan will use.
      await app.navigate('budget');
      const budget = new BudgetPage(app);
      await budget.enter(JOURNEY_BUDGET);
      await shot('budget');
      const budgetPlan = await app.api<PlanReport>(`${caseApi}/plan?lang=zh`);
      expect(budgetPlan.capacity.monthly).toBe('2615.00');
      expect(await budget.monthlyCapacity()).toBe(money(budgetPlan.capacity.monthly));

      // Plan: the cards are the server's plan; the slider moves the plan to what the server
      // computes for that amount.
      await app.navigate('plan');
      const plan = new PlanPage(app);
      await plan.waitForPlan();
      await shot('plan');
      expect(await plan.strategyCards().count()).toBe(budgetPlan.strategies.length);
      for (const strategy of budgetPlan.strategies) {
        expect(await plan.strategyFigures(strategy.label), strategy.name).toEqual(shownStrategy(strategy));
      }
      expect(await plan.monthlyShown()).toBe(money(budgetPlan.capacity.monthly));
      const proRata = budgetPlan.strategies.find((strategy) => strategy.name === 'pro_rata');
      if (proRata === undefined) throw new Error('the plan has no pro-rata strategy');
      const monthly = await plan.nudgeMonthly(SLIDER_STEPS);
      expect(yuan(monthly)).toBeGreaterThan(yuan(budgetPlan.capacity.monthly));
      const movedPlan = await app.api<PlanReport>(`${caseApi}/plan?lang=zh&monthly=${monthly}`);
      for (const strategy of movedPlan.strategies) {
        await expect
          .poll(() => plan.strategyFigures(strategy.label), { message: strategy.name })
          .toEqual(shownStrategy(strategy));
      }
      const movedProRata = movedPlan.strategies.find((strategy) => strategy.name === 'pro_rata');
      expect(movedProRata?.months).toBeLessThan(proRata.months);
      expect(await plan.monthlyShown()).toBe(money(monthly));
      await shot('plan-what-if');

      // Negotiate: a contact with two files; after a reload it is in the history, files downloadable.
      const contactDebt = lenderOf(JOURNEY_DEBTS[JOURNEY_CONTACT.debt] as JourneyDebt);
      await app.navigate('negotiate');
      const negotiate = new NegotiatePage(app);
      await negotiate.waitForBoard();
      await shot('negotiate');
      await negotiate.openCallCopilot(contactDebt);
      await shot('negotiate-call');
      await page.goBack();
      await negotiate.waitForBoard();
      await negotiate.openContactLog(contactDebt, 0);
      await negotiate.logContact(JOURNEY_CONTACT.entry);
      await page.reload();
      await negotiate.waitForContactLog(contactDebt);
      for (const shown of JOURNEY_CONTACT.history) {
        await negotiate.history().getByText(shown, { exact: true }).waitFor();
      }
      await shot('negotiate-log');
      for (const file of JOURNEY_CONTACT.entry.files) {
        const downloaded = await negotiate.downloadEvidence(file.name);
        expect(downloaded.fileName).toBe(file.name);
        expect(downloaded.bytes.equals(file.buffer), file.name).toBe(true);
      }

      // Documents: the negotiation letter as Word, a real zip with the lender in its text.
      const documentDebt = lenderOf(JOURNEY_DEBTS[JOURNEY_DOCUMENT.debt] as JourneyDebt);
      await app.navigate('documents');
      const documents = new DocumentsPage(app);
      await documents.waitForScreen();
      await documents.choose(documentDebt, JOURNEY_DOCUMENT.kind);
      await shot('documents');
      const docx = await documents.downloadDocx();
      expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
      const word = unzipSync(new Uint8Array(docx))['word/document.xml'];
      expect(word, 'word/document.xml in the DOCX').toBeDefined();
      expect(strFromU8(word ?? new Uint8Array())).toContain(documentDebt);

      // Reminders: the payment order's objection deadline, and a calendar file with it.
      await app.navigate('reminders');
      const reminders = new RemindersPage(app);
      await reminders.waitForReminders();
      // The calendar file is on the first screen, above the list (issue 13), on a phone too.
      await page.mouse.wheel(0, -100_000);
      const link = await reminders.calendarLink().boundingBox();
      expect(link === null ? Number.POSITIVE_INFINITY : link.y + link.height).toBeLessThanOrEqual(height);
      for (const debt of JOURNEY_DEBTS) {
        if (debt.reminder !== undefined) await reminders.reminder(debt.reminder).waitFor();
      }
      await shot('reminders');
      const calendar = await reminders.downloadCalendar();
      expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true);
      expect(calendar).toContain('BEGIN:VEVENT');
      expect(calendar).toContain('END:VCALENDAR');

      // Acceptance line 4: nothing from another site, no console error, no CSP violation, throughout.
      guard.assertClean();
      expect(guard.requests.length).toBeGreaterThan(0);
    });
  }
});
