import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-draft';
import { type Answer, applyAnswer, type DebtDraft, emptyDraft } from './debt-draft';
import type { QuestionId } from './question-data';

const AS_OF = '2026-11-20';

/** The four answers every debt needs: a bank loan of 10,000 taken on 2025-03-12. */
const BASICS: Answer[] = [
  { field: 'lender', value: '某商业银行' },
  { field: 'lenderType', value: 'bank' },
  { field: 'contractDate', value: '2025-03-12' },
  { field: 'principal', value: '10000' },
];

function answered(answers: readonly Answer[], base = BASICS): DebtDraft {
  return [...base, ...answers].reduce(applyAnswer, emptyDraft('d1'));
}

/** A table row: answers on top of BASICS → the fields of the debt that result. */
const debts: [string, Answer[], Record<string, unknown>][] = [
  ['the four basics, money as the core reads it', [], { principal: '10000.00', fees: undefined }],
  ['1.2万 in the principal', [{ field: 'principal', value: '1.2万' }], { principal: '12000.00' }],
  ['thousands separators', [{ field: 'received', value: '9,500.5' }], { received: '9500.50' }],
  [
    'the advertised rate, method and periods as terms',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'rateKind', value: 'annual' },
      { field: 'rate', value: '18' },
      { field: 'periods', value: '12' },
    ],
    { terms: { method: 'equal_installment', periods: 12, annualRate: '18%' }, schedule: undefined },
  ],
  [
    'a daily rate typed with its % sign, weekly, with a first due date',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'bullet' },
      { field: 'rateKind', value: 'daily' },
      { field: 'rate', value: '0.05%' },
      { field: 'frequency', value: 'weekly' },
      { field: 'periods', value: '2' },
      { field: 'firstDueDate', value: '2025-03-26' },
    ],
    {
      terms: {
        method: 'bullet',
        periods: 2,
        frequency: 'weekly',
        dailyRate: '0.05%',
        firstDueDate: '2025-03-26',
      },
    },
  ],
  [
    'each instalment, how many and the first due date as monthly rows',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '916.8' },
      { field: 'instalmentCount', value: '3' },
      { field: 'firstDueDate', value: '2025-04-12' },
    ],
    {
      schedule: [
        { date: '2025-04-12', amount: '916.80' },
        { date: '2025-05-12', amount: '916.80' },
        { date: '2025-06-12', amount: '916.80' },
      ],
    },
  ],
  [
    'a plan due on the 31st keeps to the month end',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '500' },
      { field: 'instalmentCount', value: '3' },
      { field: 'firstDueDate', value: '2026-01-31' },
    ],
    {
      schedule: [
        { date: '2026-01-31', amount: '500.00' },
        { date: '2026-02-28', amount: '500.00' },
        { date: '2026-03-31', amount: '500.00' },
      ],
    },
  ],
  [
    'switching from terms to instalments leaves the terms out',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '900' },
      { field: 'instalmentCount', value: '1' },
      { field: 'firstDueDate', value: '2025-04-12' },
    ],
    { terms: undefined, schedule: [{ date: '2025-04-12', amount: '900.00' }] },
  ],
  [
    '"I do not know" gives neither',
    [{ field: 'scheduleMode', value: 'none' }],
    { terms: undefined, schedule: undefined },
  ],
  [
    'fees taken upfront and per period; an empty row is no fee',
    [
      {
        field: 'fees',
        value: [
          { name: '服务费', amount: '800', when: 'upfront' },
          { name: '', amount: '', when: '' },
          { name: ' 担保费 ', amount: '70', when: 'per_period' },
        ],
      },
    ],
    {
      fees: [
        { name: '服务费', amount: '800.00', when: 'upfront' },
        { name: '担保费', amount: '70.00', when: 'per_period' },
      ],
    },
  ],
  [
    'payments, a claim of 0 and the date it was made',
    [
      { field: 'payments', value: [{ date: '2025-04-12', amount: '916.80' }] },
      { field: 'claimedTotal', value: '0' },
      { field: 'claimedDate', value: '2026-11-05' },
    ],
    { payments: [{ date: '2025-04-12', amount: '916.80' }], claimed: { date: '2026-11-05', total: '0.00' } },
  ],
  [
    'a payment order with the day it arrived, and the official channel',
    [
      { field: 'status', value: 'payment_order' },
      { field: 'paymentOrderReceived', value: '2026-11-10' },
      { field: 'officialChannel', value: ' App内“我的—客服—协商还款” ' },
    ],
    {
      status: 'payment_order',
      paymentOrderReceived: '2026-11-10',
      officialChannel: 'App内“我的—客服—协商还款”',
    },
  ],
  [
    'a payment-order date stays while it holds an answer, even under another status',
    [
      { field: 'status', value: 'payment_order' },
      { field: 'paymentOrderReceived', value: '2026-11-10' },
      { field: 'status', value: 'lawsuit' },
    ],
    { status: 'lawsuit', paymentOrderReceived: '2026-11-10' },
  ],
  [
    'a claim date without an amount is not asked, so it is left out',
    [{ field: 'claimedDate', value: '2026-11-05' }],
    { claimed: undefined },
  ],
];

describe('answers → the debt saved in the case', () => {
  it.each(debts)('%s', (_name, answers, expected) => {
    const check = checkDraft(answered(answers), AS_OF);
    expect(check.issues).toEqual([]);
    expect(check.parsed).toBeDefined();
    for (const [key, value] of Object.entries(expected)) {
      expect((check.debt as Record<string, unknown>)[key], key).toEqual(value);
    }
  });
});

/** A table row: answers → the first problem, the question it sends the person to, and its words. */
const problems: [string, Answer[], QuestionId, string, Answer[]?][] = [
  ['no lender', [{ field: 'lender', value: '  ' }], 'lender', '借款机构名称：请填写'],
  ['no kind of lender', [{ field: 'lenderType', value: '' }], 'lenderType', '放贷方类型：请选择一项'],
  [
    'fen below the fen',
    [{ field: 'principal', value: '1.234' }],
    'principal',
    '合同本金：金额最多精确到分（两位小数）',
  ],
  ['a principal of 0', [{ field: 'principal', value: '0' }], 'principal', '合同本金：金额必须大于0'],
  [
    'words for money',
    [{ field: 'principal', value: '一万' }],
    'principal',
    '合同本金：不是有效金额，例如 "1234.56" 或 "1.2万"',
  ],
  [
    'more received than borrowed',
    [{ field: 'received', value: '12000' }],
    'received',
    '实际到手金额：到手金额不能大于合同本金',
  ],
  [
    'a contract after the analysis date',
    [{ field: 'contractDate', value: '2026-12-01' }],
    'contractDate',
    '借款日期：不能晚于 2026-11-20（案件的分析日期）',
  ],
  [
    'instalments without their number',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '900' },
      { field: 'firstDueDate', value: '2025-04-12' },
    ],
    'instalmentCount',
    '期数：请填写',
  ],
  [
    'zero instalments',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '900' },
      { field: 'instalmentCount', value: '0' },
      { field: 'firstDueDate', value: '2025-04-12' },
    ],
    'instalmentCount',
    '期数：至少 1',
  ],
  [
    'a first instalment before the contract',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '900' },
      { field: 'instalmentCount', value: '2' },
      { field: 'firstDueDate', value: '2025-01-12' },
    ],
    'firstDueDate',
    '首期还款日：早于合同日期 2025-03-12',
  ],
  [
    'an instalment amount of 0',
    [
      { field: 'scheduleMode', value: 'instalments' },
      { field: 'instalmentAmount', value: '0' },
      { field: 'instalmentCount', value: '12' },
      { field: 'firstDueDate', value: '2025-04-12' },
    ],
    'instalmentAmount',
    '每期还款金额：金额必须大于0',
  ],
  [
    'terms without a rate',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'rateKind', value: 'annual' },
      { field: 'periods', value: '12' },
    ],
    'rate',
    '利率：请填写',
  ],
  [
    'a rate in words',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'rateKind', value: 'annual' },
      { field: 'rate', value: '十八' },
      { field: 'periods', value: '12' },
    ],
    'rate',
    '利率：请只填数字，例如 18 或 0.05（单位是 %）',
  ],
  [
    'an annual rate beyond 1,000 %',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'rateKind', value: 'annual' },
      { field: 'rate', value: '2000' },
      { field: 'periods', value: '12' },
    ],
    'rate',
    '利率：超出了能计算的范围，请核对利率的写法（按年、按月还是按天）和小数点',
  ],
  [
    'card instalments priced by an annual rate',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'flat_fee' },
      { field: 'rateKind', value: 'annual' },
      { field: 'rate', value: '0.6' },
      { field: 'periods', value: '12' },
    ],
    'rateKind',
    '利率写法：信用卡分期请选择“每期手续费率”',
  ],
  [
    'periods in words',
    [
      { field: 'scheduleMode', value: 'terms' },
      { field: 'method', value: 'equal_installment' },
      { field: 'rateKind', value: 'annual' },
      { field: 'rate', value: '18' },
      { field: 'periods', value: '十二' },
    ],
    'periods',
    '期数：类型错误，应为整数',
  ],
  [
    'a fee without its amount',
    [{ field: 'fees', value: [{ name: '会员费', amount: '', when: 'upfront' }] }],
    'fees',
    '费用第 1 项的金额：请填写',
  ],
  [
    'a fee with no time of charge',
    [{ field: 'fees', value: [{ name: '会员费', amount: '199', when: '' }] }],
    'fees',
    '费用第 1 项的收取时间：请选择一项',
  ],
  [
    'the second payment before the contract (counting the rows shown)',
    [
      {
        field: 'payments',
        value: [
          { date: '2025-04-12', amount: '900' },
          { date: '', amount: '' },
          { date: '2025-01-01', amount: '900' },
        ],
      },
    ],
    'payments',
    '已还款第 3 项的日期：早于合同日期 2025-03-12',
  ],
  [
    'a claim without its date',
    [{ field: 'claimedTotal', value: '15000' }],
    'claimedDate',
    '主张日期：请填写',
  ],
  [
    'a claim dated before the contract',
    [
      { field: 'claimedTotal', value: '15000' },
      { field: 'claimedDate', value: '2024-01-01' },
    ],
    'claimedDate',
    '主张日期：早于合同日期 2025-03-12',
  ],
  [
    'a payment order before the contract',
    [
      { field: 'status', value: 'payment_order' },
      { field: 'paymentOrderReceived', value: '2024-01-01' },
    ],
    'paymentOrderReceived',
    '收到支付令的日期：早于合同日期 2025-03-12',
  ],
  [
    'a payment order after the analysis date',
    [
      { field: 'status', value: 'payment_order' },
      { field: 'paymentOrderReceived', value: '2026-11-21' },
    ],
    'paymentOrderReceived',
    '收到支付令的日期：不能晚于 2026-11-20（案件的分析日期）',
  ],
  [
    'an official channel too long to be one',
    [{ field: 'officialChannel', value: '客'.repeat(201) }],
    'officialChannel',
    '官方协商渠道：不能超过 200 个字符',
  ],
];

describe('answers → the problem and the question that owns it', () => {
  it.each(problems)('%s', (_name, answers, question, zh) => {
    const { issues, parsed } = checkDraft(answered(answers), AS_OF);
    expect(parsed).toBeUndefined();
    const first = issues.find((issue) => issue.question === question);
    expect(first, JSON.stringify(issues)).toBeDefined();
    expect(first && `${first.field.zh}：${first.message.zh}`).toBe(zh);
  });

  it('says the same in English', () => {
    const { issues } = checkDraft(answered([{ field: 'principal', value: '1.234' }]), AS_OF);
    expect(issues.map((issue) => `${issue.field.en}: ${issue.message.en}`)).toEqual([
      'Contract principal: at most two decimal places (to the fen)',
    ]);
  });

  it('shows one message per question, the interview’s own first', () => {
    const { issues } = checkDraft(answered([{ field: 'contractDate', value: '2026-12-01' }]), AS_OF);
    expect(issues.filter((issue) => issue.question === 'contractDate')).toHaveLength(1);
  });
});

describe('choosing card instalments', () => {
  it('picks the fee rate per period', () => {
    expect(answered([{ field: 'method', value: 'flat_fee' }]).rateKind).toBe('feePerPeriod');
  });
});
