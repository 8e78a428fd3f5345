import type { CaseFileInput, contactSchema } from '@shangan/core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PNG } from './journey-cases.js';
import { type AppPage, callApi, editCase, openSession } from './pages/app-page.js';
import { BudgetPage } from './pages/budget-page.js';
import { exactly, interviewQuestion } from './pages/catalog.js';
import { DocumentsPage } from './pages/documents-page.js';
import { IntakePage } from './pages/intake-page.js';
import { LprPage } from './pages/lpr-page.js';
import { MessagesPage } from './pages/messages-page.js';
import { NegotiatePage } from './pages/negotiate-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { PlanPage } from './pages/plan-page.js';
import { RemindersPage } from './pages/reminders-page.js';
import { StartPage } from './pages/start-page.js';
import { assertAccessible } from './support/axe.js';
import { launchBrowser, VIEWPORTS, type ViewportName } from './support/browser.js';
import { assertKeyboardReachable } from './support/keyboard.js';
import { importExample, type RunningServer, startServer } from './support/start-server.js';

// Acceptance line 3: every main screen, filled with the sample case, at a phone's and a laptop's
// size: axe-core finds no serious or critical violation, and Tab reaches every interactive element
// with a visible focus indicator. Disclosures (`<details>`) are opened first, so what they hide is
// checked too. Nothing is typed, so each screen is checked in a fresh profile on the same case.

/** The sample's first debt (a bank loan) and the one with fees (a microloan): examples/five-loans-80k.json. */
const BANK = { id: 'bank-10k', lender: '某商业银行（手机银行信用贷）' };
const MICROLOAN_ID = 'xiaodai-10k';

/**
 * A revolving credit card added to the sample, so the card questions (the balance's split, the
 * bank's offer) and the limitation events are checked with answers in them.
 */
const CARD: CaseFileInput['debts'][number] = {
  id: 'card-40k',
  lender: '某股份制银行信用卡中心',
  lenderType: 'credit_card',
  contractDate: '2023-03-01',
  principal: '40000',
  card: { last4: '1234', statementDay: 5, dueDay: 25, dailyRate: '0.05%', firstMissedDueDate: '2026-08-25' },
  payments: [{ date: '2026-07-25', amount: '2000' }],
  claimed: {
    date: '2026-11-05',
    total: '43200',
    split: { principal: '40000', interest: '1800', lateFees: '1200', annualFees: '200' },
  },
  limitationEvents: [{ date: '2026-10-10', kind: 'demand', note: '催收短信' }],
  offers: [
    { by: 'lender', kind: 'instalments', date: '2026-11-01', periods: 36, monthly: '1300', total: '46800' },
  ],
  status: 'collection',
};

/** An irregular cost and a priority debt, so the budget's rows and the plan's first section are checked. */
const BUDGET_LINES: Pick<NonNullable<CaseFileInput['budget']>, 'irregularCosts' | 'priorityDebts'> = {
  irregularCosts: [{ name: '孩子学费', amount: '3000', every: 6, category: 'children' }],
  priorityDebts: [
    { kind: 'court_judgment', name: '某区人民法院', monthly: '200', arrears: '2400', note: '执行和解' },
  ],
};

/**
 * A contact already logged for the bank loan, at night and with a threat, a follow-up day and a
 * screenshot: the board, the contact history and the reminders then show all they can.
 */
const LOGGED: z.input<typeof contactSchema> = {
  at: '2026-11-18T22:40',
  channel: 'phone',
  direction: 'incoming',
  counterpartName: '催收员',
  staffId: 'C0731',
  theySaid: '今天不还就上门找你单位。',
  theyPromised: '没有',
  iPromised: '会通过官方 App 提交协商申请。',
  followUp: '2026-11-25',
  flags: ['threat'],
  notes: '对方语气很凶。',
};

interface Screen {
  name: string;
  route: string;
  /** Waits until the screen has what it loads (analysis, plan, script…), and opens what is cheap to open. */
  ready: (app: AppPage) => Promise<unknown>;
}

const question = (id: string) => (app: AppPage) =>
  app.waitForScreen(exactly(interviewQuestion(id).text[app.locale]));

const SCREENS: readonly Screen[] = [
  { name: 'start', route: '/start', ready: (app) => app.waitForScreen(new StartPage(app).text.title) },
  { name: 'intake-question', route: `/intake/${BANK.id}/lenderType`, ready: question('lenderType') },
  { name: 'intake-fees', route: `/intake/${MICROLOAN_ID}/fees`, ready: question('fees') },
  { name: 'intake-card-split', route: `/intake/${CARD.id}/cardSplit`, ready: question('cardSplit') },
  { name: 'intake-card-offers', route: `/intake/${CARD.id}/cardOffers`, ready: question('cardOffers') },
  {
    name: 'intake-limitation-events',
    route: `/intake/${CARD.id}/limitationEvents`,
    ready: question('limitationEvents'),
  },
  {
    name: 'intake-review',
    route: `/intake/${BANK.id}/review`,
    ready: (app) => new IntakePage(app).waitForReview(BANK.lender),
  },
  { name: 'overview', route: '/overview', ready: (app) => new OverviewPage(app).waitForDebts() },
  { name: 'budget', route: '/budget', ready: (app) => new BudgetPage(app).waitForScreen() },
  { name: 'plan', route: '/plan', ready: (app) => new PlanPage(app).waitForPlan() },
  { name: 'negotiate', route: '/negotiate', ready: (app) => new NegotiatePage(app).waitForBoard() },
  {
    name: 'call-copilot',
    route: `/negotiate/${BANK.id}/call`,
    ready: async (app) => {
      const negotiate = new NegotiatePage(app);
      await negotiate.waitForCallCopilot(BANK.lender);
      await negotiate.openFirstPushback();
    },
  },
  {
    name: 'contact-log',
    route: `/negotiate/${BANK.id}/log`,
    ready: async (app) => {
      const negotiate = new NegotiatePage(app);
      await negotiate.waitForContactLog(BANK.lender);
      await negotiate.evidenceLink('威胁短信.png').waitFor();
    },
  },
  {
    name: 'documents',
    route: '/documents',
    ready: (app) => new DocumentsPage(app).preview('script').getByRole('heading').first().waitFor(),
  },
  { name: 'messages', route: '/messages', ready: (app) => new MessagesPage(app).waitForScreen() },
  { name: 'payment-order', route: '/payment-order', ready: (app) => app.waitForScreen() },
  { name: 'collector-check', route: '/collector-check', ready: (app) => app.waitForScreen() },
  { name: 'negotiate-offer', route: `/negotiate/${BANK.id}/offer`, ready: (app) => app.waitForScreen() },
  {
    name: 'negotiate-agreement',
    route: `/negotiate/${BANK.id}/agreement`,
    ready: (app) => app.waitForScreen(),
  },
  {
    name: 'progress',
    route: '/progress',
    ready: (app) => app.page.getByRole('progressbar').first().waitFor(),
  },
  { name: 'reminders', route: '/reminders', ready: (app) => new RemindersPage(app).waitForReminders() },
  { name: 'rights', route: '/rights', ready: (app) => app.waitForScreen() },
  { name: 'privacy', route: '/privacy', ready: (app) => app.waitForScreen() },
  { name: 'lpr', route: '/lpr', ready: (app) => new LprPage(app).waitForScreen() },
];

describe('every main screen is accessible, with the sample case (e2e)', { timeout: 60_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    const caseId = await importExample(server, 'five-loans-80k.json');
    const caseApi = `/api/cases/${encodeURIComponent(caseId)}`;
    await editCase(server.base, caseId, (sample) => ({
      title: sample.title,
      caseFile: {
        ...sample.caseFile,
        budget: { ...sample.caseFile.budget, ...BUDGET_LINES },
        debts: [...sample.caseFile.debts, CARD],
      },
    }));
    const contact = await callApi<{ id: string }>(server.base, `${caseApi}/debts/${BANK.id}/contacts`, {
      json: LOGGED,
    });
    const file = new URLSearchParams({ fileName: '威胁短信.png', contactId: contact.id });
    await callApi(server.base, `${caseApi}/evidence?${file.toString()}`, {
      bytes: { data: PNG, type: 'image/png' },
    });
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { width, height } = VIEWPORTS[viewport];
    for (const screen of SCREENS) {
      const where = `${screen.name} at ${width}×${height}`;
      it(`${where}: no serious axe violation, every control reached by Tab with a visible focus`, async () => {
        if (browser === undefined || server === undefined)
          throw new Error('the browser or server did not start');
        const session = await openSession(browser, server.base, viewport);
        contexts.push(session.context);
        const { page, app, guard } = session;
        await app.goto(screen.route);
        await screen.ready(app);
        await app.openDisclosures();
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        await app.screenshot(`screen-${screen.name}`);
        await assertAccessible(page, where);
        await assertKeyboardReachable(page, where);
        guard.assertClean();
        await session.context.close();
      });
    }
  }
});
