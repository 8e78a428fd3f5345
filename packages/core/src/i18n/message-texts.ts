import type { PoliceReason } from '../messages/harassment-summary.js';
import type {
  ExtractionConfidence,
  MessageFlag,
  MessageFlagCode,
  MessageKind,
} from '../messages/message-types.js';
import type { ContactDraft } from '../messages/to-contact.js';
import type { Lang } from './format.js';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const MESSAGE_FLAG_LABELS: Labels<MessageFlagCode> = {
  zh: {
    threat_lawsuit: '提到起诉或法律程序',
    threat_visit: '提到上门或走访',
    third_party_contact: '联系或要告诉家人、单位等第三人',
    contact_list_exposure: '爆通讯录、群发或曝光',
    impersonation_authority: '以法院、公安等名义或“官方文书”的样子出现',
    personal_account: '要求转账到个人账户或扫码付款',
    credit_repair_scam: '“征信修复”或收费代理协商',
    insult_or_threat: '辱骂或威胁',
    night_contact: '夜间（22:00–08:00）联系',
    too_frequent: '当天联系超过6次',
  },
  en: {
    threat_lawsuit: 'mentions a lawsuit or legal action',
    threat_visit: 'mentions a home or workplace visit',
    third_party_contact: 'contacts or threatens to tell family, employer or others',
    contact_list_exposure: 'contact list exposed, mass messages or public shaming',
    impersonation_authority: 'speaks as a court, the police or in an "official" letter',
    personal_account: 'asks for payment to a personal account or a QR code',
    credit_repair_scam: '"credit repair" or a paid negotiation agent',
    insult_or_threat: 'insult or threat',
    night_contact: 'contact at night (22:00–08:00)',
    too_frequent: 'more than 6 contacts that day',
  },
};

export const MESSAGE_KIND_LABELS: Labels<MessageKind> = {
  zh: {
    collection: '催收消息',
    call_summary: '通话记录',
    repayment_reminder: '普通还款提醒',
    verification_code: '验证码',
    marketing: '营销广告',
    other: '其他消息',
  },
  en: {
    collection: 'collection message',
    call_summary: 'call notes',
    repayment_reminder: 'ordinary repayment reminder',
    verification_code: 'verification code',
    marketing: 'advert',
    other: 'other message',
  },
};

export const EXTRACTION_CONFIDENCE_LABELS: Labels<ExtractionConfidence> = {
  zh: { high: '把握大', medium: '较可能', low: '仅供参考，请核对' },
  en: { high: 'sure', medium: 'likely', low: 'a guess — please check' },
};

export const POLICE_REASON_LABELS: Labels<PoliceReason> = {
  zh: {
    threat: '有威胁或辱骂',
    impersonation: '有人冒充法院、公安等机关',
    unlicensed: '对方可能没有放贷资质',
  },
  en: {
    threat: 'threats or insults',
    impersonation: 'someone posed as a court or the police',
    unlicensed: 'the lender may be unlicensed',
  },
};

const ZH: Record<MessageFlagCode, (flag: MessageFlag) => string> = {
  threat_lawsuit: () =>
    '债权人依法可以起诉，这本身不违法，也不等于已经起诉。真正的诉讼和支付令由法院送达；收到支付令后15日内可以向法院书面异议。可以通过法院官方渠道核实，不要因为一条消息就向个人账户转账。',
  threat_visit: () =>
    '对方没有权利进入你的住所，你可以拒绝见面。行业自律规范要求未经同意不在22:00至次日08:00上门催收。保留这条消息；如果有人上门威胁或纠缠，可以报警（110）。',
  third_party_contact: () =>
    '未经你同意，把你的欠款情况告诉与债务无关的家人、同事或单位，可能侵犯你的隐私和个人信息权益；行业自律规范也要求原则上不联系与债务无关的第三人。可以书面要求对方停止联系第三人。',
  contact_list_exposure: () =>
    '非法使用、公开你的通讯录和个人信息是法律禁止的。截图保存，写明时间和号码，可以向监管部门投诉；已经群发或曝光的，可以报警。',
  impersonation_authority: () =>
    '法院的文书由法院送达，公安机关不会为民事欠款打电话催你还钱。冒充行政机关或司法机关是行业自律规范明确禁止的做法。请用官方公布的电话核实，不要按消息里的号码回拨。',
  personal_account: () =>
    '正规的放款机构只通过官方APP或对公账户收款——这是防骗常识，不是法律条文。不要向个人账户转账或扫码付款；先通过官方客服电话核实。',
  credit_repair_scam: () =>
    '征信上真实的逾期记录不能花钱删除，自不良行为终止之日起保存5年。记录有误，你可以免费向征信机构或放款机构提出异议，对方应在20日内书面答复。协商还款你自己就可以免费向官方渠道申请，不需要交费给“代理”。',
  insult_or_threat: (flag) =>
    flag.insult && !flag.threat
      ? '经营者不得侮辱、诽谤消费者；行业自律规范禁止辱骂。保存截图或录音，可以向监管部门投诉。'
      : '经营者不得侮辱、诽谤消费者；行业自律规范禁止恐吓、威胁。逾期欠款本身不是犯罪。保存截图或录音；威胁到人身安全时请报警（110）。',
  night_contact: () =>
    '行业自律规范要求未经同意不在22:00至次日08:00催收；未经同意用电话、短信打扰私人生活的安宁，也受民法典保护。',
  too_frequent: (flag) =>
    `这一天共有${flag.attempts ?? 7}次联系（按记录统计）。行业自律规范要求同一号码每天未接通的呼叫不超过6次。`,
};

const EN: Record<MessageFlagCode, (flag: MessageFlag) => string> = {
  threat_lawsuit: () =>
    'A creditor may lawfully sue; saying so is not illegal and does not mean a suit has been filed. Real lawsuits and payment orders are delivered by the court; a payment order can be objected to in writing within 15 days of receipt. Check with the court through its official channel, and never pay a personal account because of a message.',
  threat_visit: () =>
    'They have no right to enter your home and you may refuse to meet. Industry self-regulation bars visits between 22:00 and 08:00 without consent. Keep this message; if someone comes to threaten or pester you, call the police (110).',
  third_party_contact: () =>
    'Telling family, colleagues or an employer unrelated to the debt about it, without your consent, may infringe your privacy and personal-information rights; industry self-regulation also says unrelated third parties are in principle not contacted. You can ask in writing that they stop.',
  contact_list_exposure: () =>
    'Illegally using or disclosing your contact list and personal information is prohibited by law. Keep screenshots with the time and number and complain to the regulator; if it has been sent out or made public, you can call the police.',
  impersonation_authority: () =>
    'Court papers are delivered by the court, and the police do not call to collect civil debts. Impersonating administrative or judicial bodies is expressly banned by industry self-regulation. Check through officially published numbers, never the one in the message.',
  personal_account: () =>
    'Licensed lenders take payment only through their official app or company accounts — a safety rule of thumb, not a statute. Do not pay a personal account or a QR code; check with the official customer service first.',
  credit_repair_scam: () =>
    'A true overdue record cannot be removed for a fee; it is kept for 5 years from when the default ends. If a record is wrong you can object free of charge to the credit bureau or the lender, who must answer in writing within 20 days. You can ask for a repayment arrangement yourself, for free, through the official channel.',
  insult_or_threat: (flag) =>
    flag.insult && !flag.threat
      ? 'Businesses may not insult or defame consumers; industry self-regulation bans abuse. Keep screenshots or recordings and complain to the regulator.'
      : 'Businesses may not insult or defame consumers; industry self-regulation bans intimidation and threats. Being overdue is not a crime. Keep screenshots or recordings; call the police (110) if your safety is threatened.',
  night_contact: () =>
    'Industry self-regulation bars collection between 22:00 and 08:00 without consent; the Civil Code protects private life against calls and messages without consent.',
  too_frequent: (flag) =>
    `${flag.attempts ?? 7} contacts that day (from the log). Industry self-regulation allows at most 6 unanswered call attempts a day to the same number.`,
};

/** What a flag means for the person, calmly, in their language. */
export function explainMessageFlag(flag: MessageFlag, lang: Lang): string {
  return (lang === 'zh' ? ZH : EN)[flag.code](flag);
}

/** 刑法第293条之一, in words, where a flag cites it (only for an illegal debt). */
export function illegalDebtNote(lang: Lang): string {
  return lang === 'zh'
    ? '如果这笔债本身是高利放贷等非法债务，以恐吓、跟踪、骚扰等方式催收，情节严重的可能构成催收非法债务罪。'
    : 'If the debt itself is illegal (such as usury), collecting it by intimidation, stalking or harassment can, where serious, be the crime of collecting illegal debts.';
}

/** How a draft was linked to a debt, for the person to confirm or choose. */
export function describeLink(draft: ContactDraft, lang: Lang): string {
  const { link } = draft;
  const list = link.candidates.join(lang === 'zh' ? '、' : ', ');
  if (link.debtId !== null) {
    return lang === 'zh'
      ? `记入债务 ${link.debtId}${link.basis === 'matched' ? '（按放款机构名称匹配，请确认）' : ''}`
      : `logged under debt ${link.debtId}${link.basis === 'matched' ? ' (matched by the lender’s name; please confirm)' : ''}`;
  }
  if (link.candidates.length === 0) {
    return lang === 'zh' ? '还没有关联债务（没有提供案件文件）' : 'not linked to a debt (no case file given)';
  }
  return lang === 'zh'
    ? `不能确定是哪一笔债务，请选择：${list}`
    : `cannot tell which debt this is; please choose: ${list}`;
}
