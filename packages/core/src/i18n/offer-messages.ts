import type { OfferChecklistItem } from '../offers/checklist-gaps.js';
import type { OfferReason, OfferVerdict, OfferWeighing } from '../offers/weigh-offer.js';
import { formatMoney, type Lang } from './format.js';
import type { Labels } from './labels.js';

export const OFFER_VERDICT_LABELS: Labels<OfferVerdict> = {
  zh: { accept: '可以接受', counter: '提出还价', refuse: '不要接受' },
  en: { accept: 'accept', counter: 'counter-offer', refuse: 'do not accept' },
};

export const OFFER_CHECKLIST_LABELS: Labels<OfferChecklistItem> = {
  zh: {
    written_agreement: '书面协议（或盖章的确认函）',
    official_account: '只向官方对公账户还款',
    waived_amount: '写明减免了多少',
    stop_collection: '停止催收、不再联系第三人',
    credit_reporting: '征信如何报送',
    settlement_certificate: '还清后出具结清证明',
  },
  en: {
    written_agreement: 'a written agreement (or a stamped confirmation)',
    official_account: 'payment only into the official company account',
    waived_amount: 'what is waived, in figures',
    stop_collection: 'collection stops, no contact with third parties',
    credit_reporting: 'how it is reported to the credit bureau',
    settlement_certificate: 'a settlement certificate once paid',
  },
};

/** One line for each reason of the verdict. */
export function renderOfferReason(reason: OfferReason, lang: Lang): string {
  const m = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, lang);
  const zh = lang === 'zh';
  switch (reason.code) {
    case 'unlicensed_lender':
      return zh
        ? '对方很可能没有放贷资质：不要接受、不要转账，先报警（110）并向地方金融管理局反映。'
        : 'The lender very likely has no licence: do not accept or pay; report it to the police (110) and the local financial regulator.';
    case 'limitation_may_have_run':
      return zh
        ? '这笔债可能已过诉讼时效：接受任何还款方案都会被认为同意履行，失去时效抗辩。先咨询法律援助（12348）。'
        : 'This debt may be time-barred: accepting any plan counts as agreeing to pay and gives the defence up. Talk to legal aid (12348) first.';
    case 'fits_budget':
      return zh
        ? `和其他债务一起，在你的还款能力之内（还款期间每月还剩 ${m(reason.monthlyLeft)} 给其他债务）。`
        : `Fits your budget together with the other debts (${m(reason.monthlyLeft)} a month left for them meanwhile).`;
    case 'does_not_fit':
      return zh
        ? '和其他债务一起，超出了你每月的还款能力：接受后很可能坚持不下去。'
        : 'Together with the other debts it is more than you can pay each month: you would likely not keep it up.';
    case 'within_ceiling':
      return zh
        ? `总额不超过你的底线 ${m(reason.ceiling)}。`
        : `The total is within your ceiling of ${m(reason.ceiling)}.`;
    case 'above_ceiling':
      return zh
        ? `总额比你的底线 ${m(reason.ceiling)} 多 ${m(reason.over)}。`
        : `The total is ${m(reason.over)} above your ceiling of ${m(reason.ceiling)}.`;
    case 'above_supported':
      return zh
        ? `总额比法院可能支持的 ${m(reason.supported)} 多 ${m(reason.over)}（估算，不是判决）。`
        : `The total is ${m(reason.over)} more than the ${m(reason.supported)} a court would likely support (an estimate, not a ruling).`;
    case 'no_plan_fits':
      return zh
        ? '按目前的收入和支出，找不到能在60个月内还清所有债务的方案：可以考虑特殊困难申请，并咨询法律援助（12348）。'
        : 'With this income and these expenses no plan clears every debt within 60 months: consider a hardship request and talk to legal aid (12348).';
  }
}

/** What to say on the phone for a counter-offer, grounded in the figures. Empty without a counter. */
export function counterScript(weighing: OfferWeighing, supported: number, lang: Lang): string[] {
  const { counter, offer } = weighing;
  if (!counter) return [];
  const m = (amount: number) => formatMoney(amount as Parameters<typeof formatMoney>[0], lang);
  return lang === 'zh'
    ? [
        `谢谢您给出的方案：总额 ${m(offer.total)}，分 ${offer.periods} 期。`,
        `我算过自己的收入和必要开支，也要同时还其他几笔欠款，每月能拿出来的钱是固定的。按法院通常支持的标准，我这笔欠款估算约为 ${m(supported)}。`,
        `我能长期坚持的方案是：总额 ${m(counter.total)}，分 ${counter.periods} 期，每期约 ${m(counter.monthly)}，从 ${counter.firstDue} 开始。`,
        '如果贵方同意，请给我书面协议或盖章的确认函，写明总额、每期金额和日期、减免的部分、停止催收、征信报送方式、结清后出具结清证明，以及官方的对公收款账户。收到书面确认之前我不会付款。',
      ]
    : [
        `Thank you for the offer: ${m(offer.total)} over ${offer.periods} payments.`,
        `I have worked out my income, essential costs and my other debts: what I can pay each month is fixed. By the standard courts usually apply, this debt comes to about ${m(supported)}.`,
        `What I can keep up is ${m(counter.total)} in ${counter.periods} payments of about ${m(counter.monthly)}, starting ${counter.firstDue}.`,
        'If you agree, please send a written agreement or stamped confirmation stating the total, each payment and date, what is waived, that collection stops, how it is reported to the credit bureau, a settlement certificate when paid, and the official account to pay into. I will not pay before I have it in writing.',
      ];
}
