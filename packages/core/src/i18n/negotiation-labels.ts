import type { NegotiationState } from '../negotiation/negotiation-states.js';
import type { Lang } from './format.js';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const NEGOTIATION_STATE_LABELS: Labels<NegotiationState> = {
  zh: {
    not_started: '未开始',
    contacted: '已联系',
    offer_sent: '已提出方案',
    countered: '对方还价',
    agreed_verbal: '口头达成',
    agreed_written: '书面协议',
    paying: '按协议还款中',
    settled: '已结清',
    certificate_received: '已拿到结清证明',
    credit_checked: '已核对征信',
    broken: '协议中断',
    failed: '协商失败',
  },
  en: {
    not_started: 'not started',
    contacted: 'contacted',
    offer_sent: 'offer sent',
    countered: 'lender countered',
    agreed_verbal: 'agreed verbally',
    agreed_written: 'agreed in writing',
    paying: 'paying as agreed',
    settled: 'settled',
    certificate_received: 'settlement certificate received',
    credit_checked: 'credit report checked',
    broken: 'agreement broken',
    failed: 'negotiation failed',
  },
};
