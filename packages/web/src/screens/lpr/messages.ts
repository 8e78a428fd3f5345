import type { LprStatus } from '@shangan/core';
import { defineMessages } from '../../i18n/messages';
import type { LprField } from './lpr-draft';

/** `#/lpr`: the LPR quotations the caps are computed from, and a form to add a newer one. */
export const lprMessages = defineMessages({
  zh: {
    title: 'LPR报价',
    intro:
      '民间借贷等借款的利率上限，是按合同成立时的一年期贷款市场报价利率（LPR）计算的。上岸内置了一份报价表；表里最后一条之后公布的报价，可以在这里自己添加，总览、方案和文书都会按它重新计算。',
    whenTitle: '什么时候需要添加',
    when: (latest: string) =>
      `只有在 ${latest} 之后签订（成立）的借款，才可能用到内置表里还没有的报价；2020年8月20日前成立的民间借贷，从那天起的利息看起诉时的LPR，也可能用到。银行、消费金融、小贷、信用卡等按24%参考线计算的借款，不看LPR，不用添加。`,
    builtInTitle: '内置报价表的最新一条',
    builtInNone: '内置报价表是空的。',
    date: '公布日期',
    oneYear: '1年期LPR',
    fiveYear: '5年期以上LPR',
    status: '核对情况',
    statusLabels: {
      confirmed_2_sources: '两个来源一致',
      confirmed_1_source: '一个来源',
      derived_no_change: '按“未调整”推定，需要核对',
      user_added: '你添加的',
    } satisfies Record<LprStatus, string>,
    ownTitle: '你添加的报价',
    ownNone: '还没有添加。',
    ownItem: (date: string, oneYear: string, fiveYear: string) =>
      `${date}：1年期 ${oneYear}%，5年期以上 ${fiveYear}%`,
    ownSource: (source: string) => `来源：${source}`,
    remove: '删除',
    removeLabel: (date: string) => `删除 ${date} 的报价`,
    removed: (date: string) => `已删除 ${date} 的报价。`,
    addTitle: '添加一条报价',
    whereTitle: '去哪里查',
    where:
      '每月20日（遇节假日顺延）由全国银行间同业拆借中心公布，可以在全国银行间同业拆借中心（中国货币网）或中国人民银行的官方网站上查“贷款市场报价利率（LPR）”公告。只照官方公布的数字填写。',
    dateHint: '公告上的日期，从这一天起适用。同一天已经添加过的，新填的会替换原来的。',
    percentHint: '照公告填百分数，例如 3.00。',
    source: '来源或备注（可选）',
    sourceHint: '例如：中国人民银行网站公告。',
    add: '添加',
    adding: '正在保存…',
    added: (date: string) => `已添加 ${date} 的报价。总览、方案和文书会按它重新计算。`,
    missing: (fields: string) => `请填写：${fields}`,
    fieldNames: {
      date: '公布日期',
      lpr1y: '1年期LPR',
      lpr5y: '5年期以上LPR',
      source: '来源',
    } satisfies Record<LprField, string>,
    toOverview: '回到总览',
    loading: '正在读取报价…',
  },
  en: {
    title: 'LPR quotations',
    intro:
      'The interest cap on private loans and some others is computed from the one-year Loan Prime Rate (LPR) in force when the contract was formed. Shang’an has a table built in; quotations published after its last one can be added here, and the overview, plan and documents are then computed with them.',
    whenTitle: 'When you need to add one',
    when: (latest: string) =>
      `Only loans formed after ${latest} can need a quotation the built-in table does not have yet; so can private loans formed before 2020-08-20, whose interest from that day uses the LPR at the time of suit. Banks, consumer-finance and microloan companies and credit cards are measured against the 24 % reference, which does not use the LPR: nothing to add for them.`,
    builtInTitle: 'Newest quotation of the built-in table',
    builtInNone: 'The built-in table is empty.',
    date: 'Published on',
    oneYear: 'One-year LPR',
    fiveYear: 'Over-five-year LPR',
    status: 'Checked',
    statusLabels: {
      confirmed_2_sources: 'two sources agree',
      confirmed_1_source: 'one source',
      derived_no_change: 'assumed unchanged: check it',
      user_added: 'added by you',
    } satisfies Record<LprStatus, string>,
    ownTitle: 'Quotations you added',
    ownNone: 'None yet.',
    ownItem: (date: string, oneYear: string, fiveYear: string) =>
      `${date}: one-year ${oneYear} %, over five years ${fiveYear} %`,
    ownSource: (source: string) => `Source: ${source}`,
    remove: 'Delete',
    removeLabel: (date: string) => `Delete the quotation of ${date}`,
    removed: (date: string) => `The quotation of ${date} is deleted.`,
    addTitle: 'Add a quotation',
    whereTitle: 'Where to look it up',
    where:
      'The National Interbank Funding Center (CFETS) publishes it on the 20th of each month (the next business day after a holiday): look for the “Loan Prime Rate (LPR)” announcement on the official website of CFETS (China Money) or of the People’s Bank of China. Enter only the officially published figures.',
    dateHint:
      'The date of the announcement, from which it applies. One you already added for that date is replaced.',
    percentHint: 'As a percentage, as announced: for example 3.00.',
    source: 'Source or note (optional)',
    sourceHint: 'For example: announcement on the PBOC website.',
    add: 'Add',
    adding: 'Saving…',
    added: (date: string) =>
      `The quotation of ${date} is added. The overview, plan and documents are computed with it.`,
    missing: (fields: string) => `Please fill in: ${fields}`,
    fieldNames: {
      date: 'published on',
      lpr1y: 'one-year LPR',
      lpr5y: 'over-five-year LPR',
      source: 'source',
    } satisfies Record<LprField, string>,
    toOverview: 'Back to the overview',
    loading: 'Reading the quotations…',
  },
});

export type LprText = (typeof lprMessages)['zh'];
