import type { ExpenseCategory, PriorityDebtKind } from '../case/budget-schema.js';
import type { DebtStatus } from '../case/case-schema.js';
import type { HardshipKind } from '../case/circumstances-schema.js';
import type { ContactChannel } from '../case/contact-schema.js';
import type { ProposalType, StrategyName } from '../plan/plan-types.js';
import type { ContactFlag } from '../triage/contact-flags.js';
import type { Lang } from './format.js';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const STRATEGY_LABELS: Labels<StrategyName> = {
  zh: {
    pro_rata: '按比例分配（默认，最公平）',
    avalanche: '先还利率最高的',
    snowball: '先还金额最小的',
    settlement_first: '一次性资金优先结清折扣最大的',
    custom: '按你定的顺序',
  },
  en: {
    pro_rata: 'pro rata (default, the fairest split)',
    avalanche: 'highest rate first (avalanche)',
    snowball: 'smallest first (snowball)',
    settlement_first: 'lump sum buys the biggest discounts first',
    custom: 'your own order (custom)',
  },
};

export const PROPOSAL_TYPE_LABELS: Labels<ProposalType> = {
  zh: {
    extension: '展期（短期延后）',
    instalments: '个性化分期',
    penalty_waiver: '减免罚息后还清',
    settlement: '一次性结清（折扣）',
    hardship: '特殊困难申请（更长分期）',
    nothing_due: '按估算已无需再还',
    limitation_defence: '提出诉讼时效抗辩（不还款）',
    unlicensed_report: '报警并向地方金融管理局反映（不协商）',
    agreed: '已约定的还款',
  },
  en: {
    extension: 'extension',
    instalments: 'personalised instalments',
    penalty_waiver: 'pay in full with penalties waived',
    settlement: 'one-off discounted settlement',
    hardship: 'hardship request (longer plan)',
    nothing_due: 'nothing left to pay on this estimate',
    limitation_defence: 'raise limitation (pay nothing)',
    unlicensed_report: 'report to the police and the local regulator (no negotiation)',
    agreed: 'as agreed',
  },
};

export const EXPENSE_LABELS: Labels<ExpenseCategory> = {
  zh: {
    housing: '住房（房租/房贷/物业）',
    food: '伙食',
    utilities: '水电燃气',
    transport: '交通',
    communication: '通讯',
    medical: '医疗',
    children: '子女教育与抚养',
    elderly: '赡养老人',
    insurance: '保险',
    other: '其他必要支出',
  },
  en: {
    housing: 'housing (rent, mortgage, fees)',
    food: 'food',
    utilities: 'utilities',
    transport: 'transport',
    communication: 'phone and internet',
    medical: 'medical',
    children: 'children',
    elderly: 'care for elderly parents',
    insurance: 'insurance',
    other: 'other essentials',
  },
};

export const PRIORITY_DEBT_KIND_LABELS: Labels<PriorityDebtKind> = {
  zh: {
    rent_arrears: '拖欠的房租',
    mortgage_arrears: '拖欠的房贷',
    secured_car_loan: '车贷（以车抵押）',
    court_judgment: '法院判决或调解书确定的欠款',
    tax: '欠缴的税款',
    social_insurance: '欠缴的社保',
    other: '其他优先债务',
  },
  en: {
    rent_arrears: 'rent arrears',
    mortgage_arrears: 'mortgage arrears',
    secured_car_loan: 'car loan secured on the car',
    court_judgment: 'debt under a court judgment or mediation',
    tax: 'tax owed',
    social_insurance: 'social insurance owed',
    other: 'other priority debt',
  },
};

export const HARDSHIP_LABELS: Labels<HardshipKind> = {
  zh: {
    unemployment: '失业或收入中断',
    illness: '本人或家人患病',
    family: '家庭变故',
    business_loss: '经营亏损',
    other: '其他困难',
  },
  en: {
    unemployment: 'unemployment or lost income',
    illness: 'illness',
    family: 'family hardship',
    business_loss: 'business losses',
    other: 'other hardship',
  },
};

export const CONTACT_FLAG_LABELS: Labels<ContactFlag> = {
  zh: {
    night: '夜间（22:00–08:00）联系',
    too_many_that_day: '当天来电超过6次',
    third_party: '联系家人、单位或其他第三人',
    threat: '威胁恐吓',
    impersonation: '冒充法院、公安或政府机关',
    private_account: '要求转账到非官方账户',
    insult: '辱骂、侮辱',
  },
  en: {
    night: 'contact at night (22:00–08:00)',
    too_many_that_day: 'more than 6 calls that day',
    third_party: 'contacted family, employer or other third parties',
    threat: 'threats',
    impersonation: 'impersonated a court, the police or officials',
    private_account: 'asked for payment to a non-official account',
    insult: 'insults',
  },
};

export const DEBT_STATUS_LABELS: Labels<DebtStatus> = {
  zh: {
    current: '正常还款中',
    overdue: '已逾期',
    collection: '催收中',
    lawsuit: '已被起诉',
    payment_order: '已收到支付令',
    judgment: '已有判决',
  },
  en: {
    current: 'paying as agreed',
    overdue: 'overdue',
    collection: 'in collection',
    lawsuit: 'sued',
    payment_order: 'payment order received',
    judgment: 'judgment given',
  },
};

export const CHANNEL_LABELS: Labels<ContactChannel> = {
  zh: {
    phone: '电话',
    sms: '短信',
    app: 'APP消息',
    wechat: '微信',
    email: '邮件',
    letter: '信件',
    visit: '上门',
    other: '其他',
  },
  en: {
    phone: 'phone',
    sms: 'SMS',
    app: 'app message',
    wechat: 'WeChat',
    email: 'e-mail',
    letter: 'letter',
    visit: 'visit',
    other: 'other',
  },
};
