import { defineMessages } from '../i18n/messages';
import type { CaseSection } from './case-changes';

/** The words of a debt's own fields, for the list of what changed elsewhere; others show their key. */
type FieldWords = Record<string, string>;

const FIELDS_ZH: FieldWords = {
  lender: '出借方',
  lenderType: '出借方类型',
  contractDate: '合同日期',
  principal: '本金',
  received: '实际到手',
  terms: '约定利率和期限',
  schedule: '还款计划',
  fees: '费用',
  overdue: '逾期情况',
  overdueSince: '逾期起始日',
  accelerated: '提前到期',
  payments: '还款记录',
  claimed: '对方主张的金额',
  contractNumber: '合同编号',
  account: '账号',
  card: '信用卡信息',
  limitationEvents: '诉讼时效事件',
  creditorChange: '债权转让',
  offers: '对方的方案',
  status: '状态',
  paymentOrderReceived: '支付令',
  officialChannel: '官方渠道',
  notes: '备注',
};

const FIELDS_EN: FieldWords = {
  lender: 'lender',
  lenderType: 'lender type',
  contractDate: 'contract date',
  principal: 'principal',
  received: 'amount received',
  terms: 'rate and term',
  schedule: 'schedule',
  fees: 'fees',
  overdue: 'overdue details',
  overdueSince: 'overdue since',
  accelerated: 'accelerated',
  payments: 'payments',
  claimed: 'amount claimed',
  contractNumber: 'contract number',
  account: 'account',
  card: 'card details',
  limitationEvents: 'limitation events',
  creditorChange: 'creditor change',
  offers: 'offers',
  status: 'status',
  paymentOrderReceived: 'payment order',
  officialChannel: 'official channel',
  notes: 'notes',
};

/** The notice shown after a save was refused because the case changed elsewhere (412). */
export const conflictMessages = defineMessages({
  zh: {
    title: '这个案件在别处已被修改',
    notSaved:
      '可能是另一个窗口、另一台设备或你的顾问改了它。为了不覆盖那边的改动，你刚才的修改没有保存。下面是现在保存的内容与你打开时的不同之处：',
    nothingVisible: '看得到的内容没有变化（可能只是新增了联系记录）。',
    kept: '你填写的内容都还在。可以把你的修改应用到最新的版本上，或者先看看最新内容再决定。',
    reapply: '把我的修改应用到最新版本',
    reapplying: '正在保存…',
    dismiss: '先不保存',
    reapplied: '已把你的修改保存到最新版本。',
    close: '知道了',
    section: {
      asOf: '分析日期',
      person: '个人信息',
      budget: '收支',
      circumstances: '现在的处境',
    } satisfies Record<CaseSection, string>,
    sectionChanged: (what: string) => `${what}已改动`,
    debtAdded: (lender: string) => `新增了债务：${lender}`,
    debtRemoved: (lender: string) => `删除了债务：${lender}`,
    debtChanged: (lender: string, fields: string) => `债务「${lender}」改动了：${fields}`,
    fields: FIELDS_ZH,
    separator: '、',
  },
  en: {
    title: 'This case was changed elsewhere',
    notSaved:
      'Another window, another device or your advisor changed it. So as not to overwrite that change, your change was not saved. This is how the case as stored now differs from the one you opened:',
    nothingVisible: 'Nothing you see has changed (perhaps a contact was logged).',
    kept: 'Everything you typed is still here. You can apply your change to the latest version, or look at it first.',
    reapply: 'Apply my change to the latest version',
    reapplying: 'Saving…',
    dismiss: 'Not now',
    reapplied: 'Your change was saved on top of the latest version.',
    close: 'OK',
    section: {
      asOf: 'the analysis date',
      person: 'your details',
      budget: 'the budget',
      circumstances: 'your situation',
    } satisfies Record<CaseSection, string>,
    sectionChanged: (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)} changed`,
    debtAdded: (lender: string) => `A debt was added: ${lender}`,
    debtRemoved: (lender: string) => `A debt was removed: ${lender}`,
    debtChanged: (lender: string, fields: string) => `The debt "${lender}" changed: ${fields}`,
    fields: FIELDS_EN,
    separator: ', ',
  },
});
