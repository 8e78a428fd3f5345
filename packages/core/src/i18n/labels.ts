import type { ScenarioKey } from '../analysis/scenarios.js';
import type { Severity } from '../findings/finding.js';
import type { Confidence } from '../law/citation.js';
import type { LenderType } from '../law/lender-type.js';
import type { Lang } from './format.js';

export type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const LENDER_TYPE_LABELS: Labels<LenderType> = {
  zh: {
    private: '个人或普通公司（民间借贷）',
    bank: '银行',
    consumer_finance: '持牌消费金融公司',
    microloan: '小额贷款公司（含网络小贷）',
    credit_card: '信用卡',
    other_licensed: '其他持牌金融机构',
    unlicensed: '无放贷资质',
    unknown: '类型不明',
  },
  en: {
    private: 'private lender',
    bank: 'bank',
    consumer_finance: 'consumer-finance company',
    microloan: 'microloan company',
    credit_card: 'credit card',
    other_licensed: 'other licensed lender',
    unlicensed: 'unlicensed lender',
    unknown: 'unknown lender type',
  },
};

export const SCENARIO_LABELS: Labels<ScenarioKey> = {
  zh: {
    contract: '按合同约定（未调整）',
    reference24: '年化24%参考上限',
    lpr4x: '4倍LPR上限',
    unlicensed_lpr: '到手本金加不超过一年期LPR的利息（可能，各地做法不一）',
    limitation_defence: '提出诉讼时效抗辩且成立',
  },
  en: {
    contract: 'contract terms (unreduced)',
    reference24: '24 % reference cap',
    lpr4x: '4 × LPR cap',
    unlicensed_lpr: 'principal received plus interest up to the one-year LPR (likely; courts differ)',
    limitation_defence: 'limitation raised and upheld',
  },
};

export const SEVERITY_LABELS: Labels<Severity> = {
  zh: { high: '重要', warning: '注意', info: '说明' },
  en: { high: 'important', warning: 'note', info: 'info' },
};

/** C: checked against the primary text; S: secondary source. M is never shown. */
export const CONFIDENCE_LABELS: Labels<Exclude<Confidence, 'M'>> = {
  zh: { C: '已核对原文', S: '来自二手资料，待核对原文' },
  en: { C: 'checked against the primary text', S: 'secondary source, primary text not yet checked' },
};
