import { defineMessages } from '../../i18n/messages';

/** Weighing the lender's offer: the same verdict as `shangan offer`. */
export const offerMessages = defineMessages({
  zh: {
    link: '对方给了方案？看看能不能接受',
    title: (lender: string) => `对方的方案：${lender}`,
    intro:
      '把对方提出的方案填进来（总额、首付、期数），上岸会结合你的预算、其他债务和法院可能支持的金额，告诉你可以接受、提出还价，还是不要接受。只有你点“接受”时才会记下。',
    total: '方案总共要还多少（元）',
    down: '首付（元，可选）',
    periods: '首付之后分几期（可选）',
    firstDue: '第一笔的日期（可选）',
    weigh: '看看能不能接受',
    weighing: '正在计算…',
    verdict: '结论',
    offer: (total: string, periods: number, monthly: string) =>
      `方案：总额 ${total}，${periods} 期，每期约 ${monthly}`,
    counterTitle: '可以这样还价',
    counter: (total: string, periods: number, monthly: string, firstDue: string) =>
      `总额 ${total}，${periods} 期，每期约 ${monthly}，${firstDue} 起`,
    scriptTitle: '可以这样说',
    gapsTitle: '付款前，还要书面写清',
    estimate: '这是根据你填写的信息做的估算，不是法律意见，也不保证对方会同意。',
    back: '返回协商',
    acceptTitle: '决定接受？',
    acceptCaution: (verdict: string) =>
      `上岸的结论是“${verdict}”。接受是你的决定；接受前请再想一想这个方案能不能长期还下去。`,
    accept: '接受这个方案，记为协议',
    accepting: '正在记下…',
    acceptedNote:
      '已把这个方案记为“已接受”。下面的协议已经按方案填好：拿到对方的书面协议后，对照核对、补上宽限期和条款，再保存。',
    progressLink: '看还款进度',
  },
  en: {
    link: 'Got an offer? See whether to accept it',
    title: (lender: string) => `The lender’s offer: ${lender}`,
    intro:
      'Enter the offer (the total, the down payment, the number of payments). Shang’an weighs it against your budget, your other debts and what a court would likely support, and says whether to accept, counter or refuse. Nothing is saved until you accept.',
    total: 'Total to pay under the offer (yuan)',
    down: 'Down payment (yuan, optional)',
    periods: 'Payments after the down payment (optional)',
    firstDue: 'Date of the first payment (optional)',
    weigh: 'Weigh the offer',
    weighing: 'Weighing…',
    verdict: 'Verdict',
    offer: (total: string, periods: number, monthly: string) =>
      `Offer: ${total} in all, ${periods} payments of about ${monthly}`,
    counterTitle: 'A counter-offer',
    counter: (total: string, periods: number, monthly: string, firstDue: string) =>
      `${total} in all, ${periods} payments of about ${monthly}, from ${firstDue}`,
    scriptTitle: 'What to say',
    gapsTitle: 'Still to get in writing before paying',
    estimate: 'An estimate from what you entered; not legal advice, and no promise the lender will agree.',
    back: 'Back to negotiation',
    acceptTitle: 'Accept it?',
    acceptCaution: (verdict: string) =>
      `Shang’an’s verdict is “${verdict}”. Accepting is your decision; think once more whether you can keep paying this for its whole term.`,
    accept: 'Accept this offer and record it as the agreement',
    accepting: 'Recording…',
    acceptedNote:
      'The offer is recorded as accepted. The agreement below is filled in from it: check it against the lender’s written agreement, add the grace days and the terms, then save.',
    progressLink: 'See the repayment progress',
  },
});
