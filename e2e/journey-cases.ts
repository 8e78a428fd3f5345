import { HARDSHIP_LABELS } from '@shangan/core';
import type { BudgetEntry } from './pages/budget-page.js';
import type { DebtAnswers } from './pages/intake-page.js';
import type { ContactEntry } from './pages/negotiate-page.js';

/**
 * The person the journey test (journey.e2e.test.ts) plays: four debts typed in by hand through the
 * intake, a household budget, one logged contact with evidence. Each debt exercises a different
 * part of the interview and of the analysis. The case is dated today when saved, so every date is
 * in the past; the lenders' claims are recent (what they say is owed now), and the payment order
 * arrived three days ago, so its objection deadline is still ahead.
 */

export interface JourneyDebt {
  /** What this debt exercises. */
  about: string;
  answers: DebtAnswers;
  /** Whether the debt has a repayment plan, so its true rate can be computed (a revolving card has none). */
  trueRate: boolean;
  /** The title of the reminder the server derives from it, if any. */
  reminder?: string;
}

/** Today minus `days`, as YYYY-MM-DD in local time (the browser and the test share the clock). */
function daysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export const JOURNEY_DEBTS: readonly JourneyDebt[] = [
  {
    about:
      'a consumer-finance loan with 砍头息 (received < principal) and a per-instalment schedule, the first three paid on time (the shortcut), a claim',
    answers: {
      lender: '某消费金融有限公司',
      lenderType: 'consumer_finance',
      contractDate: '2024-03-15',
      principal: '20000',
      received: '18000',
      scheduleMode: 'instalments',
      instalmentAmount: '1900',
      instalmentCount: '12',
      firstDueDate: '2024-04-15',
      payments: { paidOnTime: 3 },
      claimedTotal: '26800',
      claimedDate: daysAgo(10),
      overdueSince: '2024-07-15',
      limitationEvents: [{ date: daysAgo(30), kind: 'demand', note: '催收短信' }],
      status: 'collection',
      officialChannel: 'App 内“协商还款”入口',
    },
    trueRate: true,
  },
  {
    about:
      'an online microloan with an advertised daily rate, its method and period, fees upfront and per period, two payments typed in, a payment order received three days ago (no claim)',
    answers: {
      lender: '某网络小额贷款有限公司',
      lenderType: 'microloan',
      contractDate: '2024-06-01',
      principal: '10000',
      scheduleMode: 'terms',
      method: 'equal_installment',
      rateKind: 'daily',
      rate: '0.05',
      frequency: 'monthly',
      periods: '12',
      firstDueDate: '2024-07-01',
      fees: [
        { name: '服务费', amount: '500', when: 'upfront' },
        { name: '担保费', amount: '80', when: 'per_period' },
      ],
      payments: [
        { date: '2024-07-01', amount: '1000' },
        { date: '2024-08-01', amount: '1000' },
      ],
      overdueSince: '2024-09-01',
      status: 'payment_order',
      paymentOrderReceived: daysAgo(3),
    },
    trueRate: true,
    reminder: '支付令异议截止：某网络小额贷款有限公司',
  },
  {
    about:
      'a credit card on a 分期 plan priced by a fee per period (flat_fee terms from the plan’s start), two payments, the bank’s stated balance and an overdue date',
    answers: {
      lender: '某商业银行信用卡中心',
      lenderType: 'credit_card',
      cardLast4: '8866',
      cardBalance: '41500',
      cardBalanceDate: daysAgo(10),
      cardPlan: 'instalments',
      cardPlanPrincipal: '30000',
      cardPlanStart: '2024-02-20',
      cardPlanFeeRate: '0.6',
      cardPlanPeriods: '24',
      cardPlanFirstDue: '2024-03-20',
      payments: [
        { date: '2024-03-20', amount: '1430' },
        { date: '2024-04-20', amount: '1430' },
      ],
      overdueSince: '2024-05-20',
      status: 'collection',
    },
    trueRate: true,
  },
  {
    about:
      'a revolving credit card (issue 10): 40,000 principal from the split, opened in 2023, 43,200 claimed, three months overdue, the daily rate, the last payment, a demand and the bank’s 个性化分期 offer',
    answers: {
      lender: '某股份制银行信用卡中心',
      lenderType: 'credit_card',
      cardLast4: '1234',
      cardStatementDay: '5',
      cardDueDay: '25',
      cardBalance: '43200',
      cardBalanceDate: daysAgo(10),
      cardSplit: { principal: '40000', interest: '1800', lateFees: '1200', annualFees: '200' },
      cardPlan: 'revolving',
      cardDailyRate: '0.05',
      cardFirstMissed: daysAgo(95),
      cardOpenDate: '2023-03-01',
      cardPayments: [{ date: daysAgo(125), amount: '2000' }],
      cardOffers: [{ date: daysAgo(20), periods: '36', monthly: '1300', total: '46800' }],
      limitationEvents: [{ date: daysAgo(40), kind: 'demand', note: '催收短信' }],
      status: 'collection',
      officialChannel: '信用卡客服热线',
    },
    trueRate: false,
  },
];

/** "关于你" and "你遇到了什么困难？", the two last steps of the intake. */
export const JOURNEY_PERSON = { name: '张三', city: '杭州' };
export const JOURNEY_SITUATION = {
  hardships: [HARDSHIP_LABELS.zh.unemployment],
  description: '2024 年 6 月公司裁员后失业，现在打零工，每月收入不固定，还要供孩子上学。',
};

/** Income 7,700, essentials 4,700, the default 5 % margin (385): 2,615 a month for the creditors. */
export const JOURNEY_BUDGET: BudgetEntry = {
  incomes: [
    { name: '工资', monthly: '6800' },
    { name: '兼职', monthly: '900' },
  ],
  expenses: {
    housing: '1800',
    food: '1500',
    utilities: '300',
    transport: '200',
    communication: '100',
    children: '800',
  },
  dependents: '1',
  lumpSum: '3000',
};

/** The plan's what-if: this many 50-yuan steps up the monthly slider. */
export const SLIDER_STEPS = 10;

/** A 1×1 PNG: a real image, as a phone's screenshot would be. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
/** An ID3 header and varied bytes, named and typed as a call recording. */
const RECORDING = Buffer.concat([
  Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'),
  Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256)),
]);

/**
 * The contact logged for the first debt, with a recording and a screenshot as evidence, and what
 * the history shows of it afterwards, each as its own text (the staff number is split from the name).
 */
export const JOURNEY_CONTACT: { debt: number; entry: ContactEntry; history: readonly string[] } = {
  debt: 0,
  history: [
    '贷后专员',
    'B2231',
    '可以申请减免部分罚息，需要先提交困难证明。',
    '三个工作日内回电，答复分期方案。',
    '本周内通过官方 App 提交失业证明。',
    '对方态度平和，通话约 12 分钟。',
  ],
  entry: {
    counterpart: '贷后专员 工号 B2231',
    theySaid: '可以申请减免部分罚息，需要先提交困难证明。',
    theyPromised: '三个工作日内回电，答复分期方案。',
    iPromised: '本周内通过官方 App 提交失业证明。',
    notes: '对方态度平和，通话约 12 分钟。',
    files: [
      { name: '通话录音-贷后专员.mp3', mimeType: 'audio/mpeg', buffer: RECORDING },
      { name: '催收短信截图.png', mimeType: 'image/png', buffer: PNG },
    ],
  },
};

/** The document downloaded as Word: the negotiation letter for the first debt. */
export const JOURNEY_DOCUMENT = { debt: 0, kind: 'negotiation' } as const;
