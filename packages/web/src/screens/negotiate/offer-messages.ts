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
    viaTitle: '这个方案是谁提出的（可选）',
    viaHint:
      '写下渠道、工号和名字：电话里答应的方案，以后要靠“谁、什么时候说的”来对证。接受时会同时记进联系记录。',
    viaChannel: '通过什么方式',
    viaChannelNone: '不填',
    viaStaffId: '对方工号',
    viaName: '对方姓名或称呼',
    contactPromise: (total: string, periods: number, monthly: string) =>
      `对方提出方案：总额 ${total}，${periods} 期，每期约 ${monthly}（已接受）`,
    listTitle: '这笔债务记下的方案',
    listEmpty: '还没有记下的方案。',
    listBy: { lender: '对方提出', me: '我提出' },
    listKind: {
      instalments: '分期',
      settlement: '一次性结清',
      extension: '展期',
      penalty_waiver: '减免罚息',
      hardship: '特殊困难',
    },
    listState: { open: '未决定', accepted: '已接受', refused: '已拒绝', expired: '已过期' },
    listTotal: (total: string) => `总额 ${total}`,
    listPeriods: (periods: number) => `${periods} 期`,
    listStaff: (staffId: string) => `工号 ${staffId}`,
    listContact: (at: string) => `联系记录 ${at}`,
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
    viaTitle: 'Who made the offer (optional)',
    viaHint:
      'Note the channel, the agent’s staff number and name: an offer made on the phone is later proved by who said it and when. Accepting also logs it as a contact.',
    viaChannel: 'Channel',
    viaChannelNone: 'Not given',
    viaStaffId: 'Agent’s staff number (工号)',
    viaName: 'Agent’s name',
    contactPromise: (total: string, periods: number, monthly: string) =>
      `Offer made: ${total} in all, ${periods} payments of about ${monthly} (accepted)`,
    listTitle: 'Offers recorded on this debt',
    listEmpty: 'No offer recorded yet.',
    listBy: { lender: 'by the lender', me: 'by me' },
    listKind: {
      instalments: 'instalments',
      settlement: 'lump-sum settlement',
      extension: 'extension',
      penalty_waiver: 'penalty waiver',
      hardship: 'hardship',
    },
    listState: { open: 'open', accepted: 'accepted', refused: 'refused', expired: 'expired' },
    listTotal: (total: string) => `${total} in all`,
    listPeriods: (periods: number) => `${periods} payments`,
    listStaff: (staffId: string) => `staff no. ${staffId}`,
    listContact: (at: string) => `contact of ${at}`,
  },
});
