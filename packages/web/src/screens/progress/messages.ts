import { defineMessages } from '../../i18n/messages';

/** The progress view: the same figures as `shangan progress`. */
export const progressMessages = defineMessages({
  zh: {
    title: '还款进度',
    intro: '签了协议的债，按你记下的还款逐期核对；还没有协议的，按方案估算。',
    paidSoFar: '已还',
    remaining: '还剩',
    nextDue: '下一笔',
    debtFree: (date: string) => `按现在的协议和方案，预计 ${date} 还完最后一笔。`,
    noDebtFree: '还算不出还完的日期：按现在的收入，方案在60个月内还不完，或者还有没安排的债务。',
    agreement: (total: string, paid: string) => `协议总额 ${total}，按协议已还 ${paid}`,
    overpaid: (amount: string) => `多还了 ${amount}：请对方退回或书面确认抵扣。`,
    instalment: (seq: number, date: string) => `第 ${seq} 期 · ${date}`,
    toNegotiate: '返回协商',
    toPlan: '查看方案',
    estimate: '说明：这是根据你填写的信息做的估算，不是法律意见。',
    chartTitle: '协议余额：计划和实际',
    chartLegend:
      '实线：按协议应剩的余额；虚线：按你记下的还款实际剩下的。虚线在实线上方，说明有一期没按时还。',
    chartLabel: (points: number, planned: string, actual: string) =>
      `签了协议的债务余额，${points} 个时间点；按协议现在应剩 ${planned}，实际剩 ${actual}。`,
    chartTableSummary: '看每个时间点的数字',
    chartDate: '日期',
    chartPlanned: '按协议应剩',
    chartActual: '实际剩下',
    chartFuture: '未到',
  },
  en: {
    title: 'Repayment progress',
    intro:
      'Debts with a signed agreement are checked instalment by instalment against the payments you logged; the others are estimated from the plan.',
    paidSoFar: 'Paid so far',
    remaining: 'Left',
    nextDue: 'Next',
    debtFree: (date: string) =>
      `With the agreements and the plan as they are, the last payment falls on ${date}.`,
    noDebtFree:
      'No debt-free date yet: with this income no plan clears the debts within 60 months, or a debt has no plan.',
    agreement: (total: string, paid: string) => `Agreement total ${total}, paid under it ${paid}`,
    overpaid: (amount: string) => `Overpaid by ${amount}: ask for it back or for a written credit.`,
    instalment: (seq: number, date: string) => `Instalment ${seq} · ${date}`,
    toNegotiate: 'Back to negotiation',
    toPlan: 'See the plan',
    estimate: 'An estimate from what you entered; not legal advice.',
    chartTitle: 'Agreed balance: plan and actual',
    chartLegend:
      'Solid: the balance the agreements leave; dashed: what is really left after the payments you logged. Dashed above solid means an instalment was missed.',
    chartLabel: (points: number, planned: string, actual: string) =>
      `The agreed debts' balance at ${points} dates; by now the agreements leave ${planned}, ${actual} is really left.`,
    chartTableSummary: 'See the figures for each date',
    chartDate: 'Date',
    chartPlanned: 'Agreed balance',
    chartActual: 'Really left',
    chartFuture: 'not yet',
  },
});
