import { caseFileSchema, toValidationIssues } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-draft';
import { type Answer, applyAnswer, type DebtDraft, EMPTY_SPLIT, emptyDraft } from './debt-draft';
import { EVENT_KINDS } from './event-kinds';
import type { QuestionId } from './question-data';

const AS_OF = '2026-11-20';

/** A revolving card: issuer, kind, no plan, and the first due date missed (the only required answers). */
const CARD: Answer[] = [
  { field: 'lender', value: '某银行信用卡中心' },
  { field: 'lenderType', value: 'credit_card' },
  { field: 'cardPlan', value: 'revolving' },
  { field: 'cardPrincipal', value: '4万' },
  { field: 'cardFirstMissed', value: '2026-08-25' },
];

function answered(answers: readonly Answer[], base = CARD): DebtDraft {
  return [...base, ...answers].reduce(applyAnswer, emptyDraft('d1'));
}

/** A table row: answers on top of CARD → the fields of the debt that result. */
const debts: [string, Answer[], Record<string, unknown>][] = [
  [
    'the card principal; no opening date: the first missed due date stands in for it',
    [],
    {
      principal: '40000.00',
      contractDate: '2026-08-25',
      card: { firstMissedDueDate: '2026-08-25' },
      terms: undefined,
      schedule: undefined,
    },
  ],
  [
    'the statement: last four digits, statement and due days, the daily rate as 万分之五',
    [
      { field: 'cardLast4', value: ' 1234 ' },
      { field: 'cardStatementDay', value: '5' },
      { field: 'cardDueDay', value: '25' },
      { field: 'cardDailyRate', value: '0.05' },
      { field: 'cardOpenDate', value: '2023-03-01' },
    ],
    {
      contractDate: '2023-03-01',
      card: {
        last4: '1234',
        statementDay: 5,
        dueDay: 25,
        dailyRate: '0.05%',
        firstMissedDueDate: '2026-08-25',
      },
    },
  ],
  [
    'the balance the bank states, its date and its split',
    [
      { field: 'cardBalance', value: '43,200' },
      { field: 'cardBalanceDate', value: '2026-11-05' },
      {
        field: 'cardSplit',
        value: { ...EMPTY_SPLIT, principal: '40000', interest: '1800', lateFees: '1200', annualFees: '200' },
      },
    ],
    {
      claimed: {
        date: '2026-11-05',
        total: '43200.00',
        split: { principal: '40000.00', interest: '1800.00', lateFees: '1200.00', annualFees: '200.00' },
      },
    },
  ],
  [
    'the split’s principal when the card principal is skipped',
    [
      { field: 'cardPrincipal', value: '' },
      { field: 'cardBalance', value: '43200' },
      { field: 'cardBalanceDate', value: '2026-11-05' },
      { field: 'cardSplit', value: { ...EMPTY_SPLIT, principal: '39000' } },
    ],
    { principal: '39000.00' },
  ],
  [
    'the last payment, before the first missed due date, moves the stand-in opening date back',
    [{ field: 'cardPayments', value: [{ date: '2026-07-25', amount: '2000' }] }],
    { payments: [{ date: '2026-07-25', amount: '2000.00' }], contractDate: '2026-07-25' },
  ],
  [
    'a demand, an acknowledgement with a note; an empty row is no event',
    [
      {
        field: 'limitationEvents',
        value: [
          { date: '2026-09-10', kind: 'demand', note: '' },
          { date: '', kind: '', note: '' },
          { date: '2026-10-01', kind: 'acknowledgement', note: ' 回复短信同意分期 ' },
        ],
      },
    ],
    {
      limitationEvents: [
        { date: '2026-09-10', kind: 'demand' },
        { date: '2026-10-01', kind: 'acknowledgement', note: '回复短信同意分期' },
      ],
    },
  ],
  [
    'the bank’s 个性化分期 offer',
    [
      {
        field: 'cardOffers',
        value: [{ date: '2026-10-15', periods: '36', monthly: '1300', total: '4.68万' }],
      },
    ],
    {
      offers: [
        {
          by: 'lender',
          kind: 'instalments',
          date: '2026-10-15',
          periods: 36,
          monthly: '1300.00',
          total: '46800.00',
        },
      ],
    },
  ],
  [
    'a card on a plan: flat_fee terms from the plan’s start, principal and fee per period',
    [
      { field: 'cardPlan', value: 'instalments' },
      { field: 'cardPlanPrincipal', value: '30000' },
      { field: 'cardPlanStart', value: '2025-02-20' },
      { field: 'cardPlanFeeRate', value: '0.6' },
      { field: 'cardPlanPeriods', value: '24' },
      { field: 'payments', value: [{ date: '2025-03-20', amount: '1430' }] },
    ],
    {
      principal: '30000.00',
      contractDate: '2025-02-20',
      terms: { method: 'flat_fee', periods: 24, feeRatePerPeriod: '0.6%' },
      payments: [{ date: '2025-03-20', amount: '1430.00' }],
      card: undefined,
    },
  ],
  [
    'loan answers typed before the debt became a card do not reach the case',
    [
      { field: 'contractDate', value: '2020-01-01' },
      { field: 'principal', value: '99999' },
      { field: 'scheduleMode', value: 'terms' },
      { field: 'claimedTotal', value: '1' },
    ],
    { principal: '40000.00', contractDate: '2026-08-25', terms: undefined, claimed: undefined },
  ],
];

describe('a credit card’s answers → the debt saved in the case', () => {
  it.each(debts)('%s', (_name, answers, expected) => {
    const check = checkDraft(answered(answers), AS_OF);
    expect(check.issues).toEqual([]);
    expect(check.parsed).toBeDefined();
    for (const [key, value] of Object.entries(expected)) {
      expect((check.debt as Record<string, unknown>)[key], key).toEqual(value);
    }
  });
});

/** A table row: answers → the question a problem sends the person to, and its words. */
const problems: [string, Answer[], QuestionId, string][] = [
  [
    'no principal at all',
    [{ field: 'cardPrincipal', value: '' }],
    'cardPrincipal',
    '透支本金：请填写透支本金，或者在上一步的欠款构成里填本金',
  ],
  [
    'no first missed due date',
    [{ field: 'cardFirstMissed', value: '' }],
    'cardFirstMissed',
    '第一次未还的到期还款日：请填写',
  ],
  ['no plan chosen', [{ field: 'cardPlan', value: '' }], 'cardPlan', '是否分期：请选择一项'],
  [
    'a card number instead of its last four digits',
    [{ field: 'cardLast4', value: '6222021234' }],
    'cardLast4',
    '卡号后四位：应为卡号后4位数字',
  ],
  ['a due day of 32', [{ field: 'cardDueDay', value: '32' }], 'cardDueDay', '到期还款日：不能超过 31'],
  [
    'a daily rate typed as 5 (万分之五)',
    [{ field: 'cardDailyRate', value: '5' }],
    'cardDailyRate',
    '透支日利率：日利率一般不到 0.1%：万分之五请填 0.05（单位是 % / 天）',
  ],
  [
    'a first missed due date before the card was opened',
    [{ field: 'cardOpenDate', value: '2026-09-01' }],
    'cardFirstMissed',
    '第一次未还的到期还款日：早于开卡日期 2026-09-01',
  ],
  [
    'an opening date after the analysis date',
    [
      { field: 'cardOpenDate', value: '2026-12-01' },
      { field: 'cardFirstMissed', value: '2026-12-25' },
    ],
    'cardOpenDate',
    '开卡日期：不能晚于 2026-11-20（案件的分析日期）',
  ],
  [
    'a balance without its date',
    [{ field: 'cardBalance', value: '43200' }],
    'cardBalanceDate',
    '欠款总额的日期：请填写',
  ],
  [
    'a split above the balance',
    [
      { field: 'cardBalance', value: '1000' },
      { field: 'cardBalanceDate', value: '2026-11-05' },
      { field: 'cardSplit', value: { ...EMPTY_SPLIT, principal: '40000' } },
    ],
    'cardSplit',
    '欠款构成：各部分之和 40,000.00 元大于对方主张的总额 1,000.00 元',
  ],
  [
    'a part of the split in words',
    [
      { field: 'cardBalance', value: '43200' },
      { field: 'cardBalanceDate', value: '2026-11-05' },
      { field: 'cardSplit', value: { ...EMPTY_SPLIT, lateFees: '一千' } },
    ],
    'cardSplit',
    '欠款构成中的违约金（罚息）：不是有效金额，例如 "1234.56" 或 "1.2万"',
  ],
  [
    'an event without what it was',
    [{ field: 'limitationEvents', value: [{ date: '2026-09-10', kind: '', note: '' }] }],
    'limitationEvents',
    '催收、承认和起诉第 1 项的是什么：请选择一项',
  ],
  [
    'an offer without its date',
    [{ field: 'cardOffers', value: [{ date: '', periods: '36', monthly: '1300', total: '' }] }],
    'cardOffers',
    '银行提出的分期方案第 1 项的日期：请填写',
  ],
  [
    'an offer of 0 instalments',
    [{ field: 'cardOffers', value: [{ date: '2026-10-15', periods: '0', monthly: '', total: '' }] }],
    'cardOffers',
    '银行提出的分期方案第 1 项的期数：至少 1',
  ],
  [
    'a plan priced in words',
    [
      { field: 'cardPlan', value: 'instalments' },
      { field: 'cardPlanPrincipal', value: '30000' },
      { field: 'cardPlanStart', value: '2025-02-20' },
      { field: 'cardPlanFeeRate', value: '零点六' },
      { field: 'cardPlanPeriods', value: '24' },
    ],
    'cardPlanFeeRate',
    '每期手续费率：请只填数字，例如 18 或 0.05（单位是 %）',
  ],
];

describe('a credit card’s answers → the problem and the question that owns it', () => {
  it.each(problems)('%s', (_name, answers, question, zh) => {
    const { issues, parsed } = checkDraft(answered(answers), AS_OF);
    expect(parsed).toBeUndefined();
    const first = issues.find((issue) => issue.question === question);
    expect(first, JSON.stringify(issues)).toBeDefined();
    expect(first && `${first.field.zh}：${first.message.zh}`).toBe(zh);
  });

  it('keeps what was typed when it cannot be used', () => {
    const draft = answered([{ field: 'cardDailyRate', value: '万分之五' }]);
    expect(draft.cardDailyRate).toBe('万分之五');
    expect(checkDraft(draft, AS_OF).debt.card?.dailyRate).toBe('万分之五');
  });
});

describe('the kinds of limitation event', () => {
  it('are exactly the core’s', () => {
    const file = (kind: string) => ({
      version: 1,
      asOf: AS_OF,
      debts: [
        {
          id: 'd1',
          lender: 'x',
          lenderType: 'credit_card',
          contractDate: '2026-01-01',
          principal: '100',
          limitationEvents: [{ date: '2026-02-01', kind }],
        },
      ],
    });
    for (const kind of EVENT_KINDS) expect(caseFileSchema.safeParse(file(kind)).success, kind).toBe(true);
    const refused = caseFileSchema.safeParse(file('other'));
    expect(refused.success).toBe(false);
    // The schema's issue lists every kind it accepts: the same set as the interview offers.
    const [issue] = refused.success ? [] : toValidationIssues(refused.error, file('other'));
    const listed = issue?.code === 'not_one_of' ? [...issue.params.allowed] : [];
    expect(listed.sort()).toEqual([...EVENT_KINDS].sort());
  });
});
