import { renderValidationIssue, toValidationIssues, type ValidationIssueFacts } from '@shangan/core';
import type { Localized, Question, QuestionId } from './question-data';

/** A problem with one answer: which question owns it, which field (and row), and what is wrong. */
export interface DraftIssue {
  /** null: a part of the debt the interview does not ask about (kept from the case file). */
  question: QuestionId | null;
  field: Localized;
  message: Localized;
}

/** A core issue's words in both languages, from the core's catalog. */
export function issueWords(issue: ValidationIssueFacts): Localized {
  return { zh: renderValidationIssue(issue, 'zh'), en: renderValidationIssue(issue, 'en') };
}

/** The first problem a core schema found in `input`, in the catalog's words. */
export function firstIssueWords(error: Parameters<typeof toValidationIssues>[0], input: unknown): Localized {
  const [first] = toValidationIssues(error, input);
  return first ? issueWords(first) : { zh: '', en: '' };
}

/** "合同本金：金额必须大于0" / "Contract principal: must be greater than 0". */
export function issueText(issue: DraftIssue, lang: keyof Localized): string {
  return lang === 'zh' ? `${issue.field.zh}：${issue.message.zh}` : `${issue.field.en}: ${issue.message.en}`;
}

const PARTS = {
  name: { zh: '名称', en: 'name' },
  amount: { zh: '金额', en: 'amount' },
  when: { zh: '收取时间', en: 'when charged' },
  date: { zh: '日期', en: 'date' },
  kind: { zh: '是什么', en: 'what it was' },
  note: { zh: '说明', en: 'note' },
  periods: { zh: '期数', en: 'number of instalments' },
  monthly: { zh: '每期金额', en: 'each instalment' },
  total: { zh: '总额', en: 'total' },
} satisfies Record<string, Localized>;
export type RowPart = keyof typeof PARTS;

/** "费用第 2 项的金额" / "Fees, item 2: amount". */
export function rowField(question: Question, index: number, part?: RowPart): Localized {
  const item = {
    zh: `${question.field.zh}第 ${index + 1} 项`,
    en: `${question.field.en}, item ${index + 1}`,
  };
  if (part === undefined) return item;
  return { zh: `${item.zh}的${PARTS[part].zh}`, en: `${item.en}: ${PARTS[part].en}` };
}

export function isRowPart(value: string): value is RowPart {
  return value in PARTS;
}

/** The interview's own messages (the core words everything about the values themselves). */
export const LOCAL_MESSAGES = {
  required: { zh: '请填写', en: 'please fill this in' },
  choose: { zh: '请选择一项', en: 'please choose one' },
  rateFormat: {
    zh: '请只填数字，例如 18 或 0.05（单位是 %）',
    en: 'enter a number such as 18 or 0.05 (in %)',
  },
  rateTooHigh: {
    zh: '超出了能计算的范围，请核对利率的写法（按年、按月还是按天）和小数点',
    en: 'is beyond what can be computed; check the kind of rate (a year, a month, a day) and the decimal point',
  },
  cardRateTooHigh: {
    zh: '日利率一般不到 0.1%：万分之五请填 0.05（单位是 % / 天）',
    en: 'a daily rate is usually below 0.1 %: for 万分之五 enter 0.05 (in % a day)',
  },
  cardPrincipal: {
    zh: '请填写透支本金，或者在上一步的欠款构成里填本金',
    en: 'enter the card principal, or the principal in the split of the balance',
  },
  flatFeeRate: {
    zh: '信用卡分期请选择“每期手续费率”',
    en: 'card instalments are priced by a fee rate per period: choose that',
  },
  notAfter: (asOf: string): Localized => ({
    zh: `不能晚于 ${asOf}（案件的分析日期）`,
    en: `cannot be after ${asOf} (the case's analysis date)`,
  }),
} as const;
