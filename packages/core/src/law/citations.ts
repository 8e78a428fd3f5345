import type { Citation } from './citation.js';

const LDB = 'ZiGmaX809/LawsDatabase @89b39879 (国家法律法规数据库 copy, 2026-03)';
const CIVIL_CODE = '中华人民共和国民法典';
const CIVIL_CODE_VERSION = '2020-05-28公布，2021-01-01施行';
const PRIVATE_LENDING = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const PRIVATE_LENDING_DEC_2020 = '2020年第二次修正（法释〔2020〕17号），2021-01-01施行';
const PRIVATE_LENDING_AUG_2020 = '2020年8月修正，2020-08-20施行';
const PRIVATE_LENDING_DEC_SOURCE =
  'Article numbering of the Dec-2020 text from two independent secondary sources (shared/reference/legal.md §3.1)';

/**
 * Every legal source the product may show, with its confidence. Findings and templates refer to
 * these ids; nothing else in the product states law. Follows shared/reference/legal.md.
 */
export const CITATIONS = {
  'civil-code-188': {
    id: 'civil-code-188',
    law: CIVIL_CODE,
    article: '第188条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '诉讼时效期间为三年，自权利人知道或者应当知道权利受到损害以及义务人之日起计算。',
      en: 'The limitation period is 3 years from when the creditor knew or should have known of the harm and the obligor.',
    },
    source: LDB,
  },
  'civil-code-189': {
    id: 'civil-code-189',
    law: CIVIL_CODE,
    article: '第189条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '分期履行的债务，诉讼时效自最后一期履行期限届满之日起计算。',
      en: 'For a debt payable in instalments, limitation runs from the due date of the last instalment.',
    },
    source: LDB,
  },
  'civil-code-192': {
    id: 'civil-code-192',
    law: CIVIL_CODE,
    article: '第192条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '时效届满后，债务人可以拒绝履行；但债务人同意履行或者自愿履行后，不得再以时效届满为由抗辩。',
      en: 'After limitation expires the debtor may refuse; once the debtor agrees to pay, or pays, that defence is lost.',
    },
    source: LDB,
  },
  'civil-code-195': {
    id: 'civil-code-195',
    law: CIVIL_CODE,
    article: '第195条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '权利人提出履行请求、义务人同意履行、提起诉讼或仲裁等，诉讼时效中断并重新计算。',
      en: "Limitation is interrupted and restarts on the creditor's demand, the debtor's agreement to perform, or a suit or arbitration.",
    },
    source: LDB,
  },
  'civil-code-561': {
    id: 'civil-code-561',
    law: CIVIL_CODE,
    article: '第561条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '还款不足以清偿全部债务时，除另有约定外，依次抵充实现债权的费用、利息、主债务。',
      en: 'A payment that does not cover everything goes, unless agreed otherwise, to enforcement costs, then interest, then principal.',
    },
    source: LDB,
  },
  'civil-code-585': {
    id: 'civil-code-585',
    law: CIVIL_CODE,
    article: '第585条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '约定的违约金过分高于造成的损失的，当事人可以请求人民法院或者仲裁机构予以适当减少。',
      en: 'A party may ask the court or arbitrator to reduce agreed liquidated damages that are excessively higher than the loss.',
    },
    source: LDB,
  },
  'civil-code-670': {
    id: 'civil-code-670',
    law: CIVIL_CODE,
    article: '第670条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '借款的利息不得预先在本金中扣除；预先扣除的，应当按照实际借款数额返还借款并计算利息。',
      en: 'Interest may not be deducted from the principal in advance; if it was, the loan is repaid and interest computed on the amount actually lent.',
    },
    source: LDB,
  },
  'civil-code-676': {
    id: 'civil-code-676',
    law: CIVIL_CODE,
    article: '第676条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '借款人未按期还款的，应当按照约定或者国家有关规定支付逾期利息。',
      en: 'A borrower who repays late pays overdue interest as agreed or as state rules provide.',
    },
    source: LDB,
  },
  'civil-code-680': {
    id: 'civil-code-680',
    law: CIVIL_CODE,
    article: '第680条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '禁止高利放贷，借款的利率不得违反国家有关规定（本条没有规定具体数字）。',
      en: 'Usurious lending is prohibited and loan rates may not violate state rules (the article sets no figure).',
    },
    source: LDB,
  },
  'spc-private-lending-1-2': {
    id: 'spc-private-lending-1-2',
    law: PRIVATE_LENDING,
    article: '第1条第2款',
    version: PRIVATE_LENDING_AUG_2020,
    confidence: 'C',
    summary: {
      zh: '经金融监管部门批准设立的从事贷款业务的金融机构，因发放贷款引发的纠纷，不适用本规定（即不适用4倍LPR上限）。',
      en: 'Disputes over loans by licensed financial institutions are outside these rules (so the 4×LPR cap does not apply to them).',
    },
    source: LDB,
  },
  'spc-private-lending-2020b-25': {
    id: 'spc-private-lending-2020b-25',
    law: PRIVATE_LENDING,
    article: '第25条（2020年8月文本第26条）',
    version: PRIVATE_LENDING_DEC_2020,
    confidence: 'S',
    summary: {
      zh: '民间借贷约定的利率超过合同成立时一年期贷款市场报价利率（LPR）四倍的部分，人民法院不予支持。',
      en: 'In private lending, interest above four times the one-year LPR at contract formation is not supported by courts.',
    },
    source: `${LDB} (Aug-2020 text, confirmed); ${PRIVATE_LENDING_DEC_SOURCE}`,
  },
  'spc-private-lending-2020b-26': {
    id: 'spc-private-lending-2020b-26',
    law: PRIVATE_LENDING,
    article: '第26条（2020年8月文本第27条）',
    version: PRIVATE_LENDING_DEC_2020,
    confidence: 'S',
    summary: {
      zh: '预先在本金中扣除利息的，人民法院应当将实际出借的金额认定为本金。',
      en: 'Where interest was deducted from the principal upfront, the court takes the amount actually lent as the principal.',
    },
    source: `${LDB} (Aug-2020 text, confirmed); ${PRIVATE_LENDING_DEC_SOURCE}`,
  },
  'spc-private-lending-2020b-28': {
    id: 'spc-private-lending-2020b-28',
    law: PRIVATE_LENDING,
    article: '第28条（2020年8月文本第29条）',
    version: PRIVATE_LENDING_DEC_2020,
    confidence: 'S',
    summary: {
      zh: '约定了逾期利率的，按约定处理，但以不超过合同成立时一年期LPR四倍为限。',
      en: 'An agreed overdue rate is followed, up to four times the one-year LPR at contract formation.',
    },
    source: `${LDB} (Aug-2020 text, confirmed); ${PRIVATE_LENDING_DEC_SOURCE}`,
  },
  'spc-private-lending-2020b-29': {
    id: 'spc-private-lending-2020b-29',
    law: PRIVATE_LENDING,
    article: '第29条（2020年8月文本第30条）',
    version: PRIVATE_LENDING_DEC_2020,
    confidence: 'S',
    summary: {
      zh: '逾期利息、违约金和其他费用可以一并主张，但总计超过合同成立时一年期LPR四倍的部分，人民法院不予支持。',
      en: 'Overdue interest, penalties and other fees may be claimed together, but the total above 4×LPR at formation is not supported.',
    },
    source: `${LDB} (Aug-2020 text, confirmed); ${PRIVATE_LENDING_DEC_SOURCE}`,
  },
  'spc-private-lending-2020b-31': {
    id: 'spc-private-lending-2020b-31',
    law: PRIVATE_LENDING,
    article: '第31条（过渡条款）',
    version: PRIVATE_LENDING_DEC_2020,
    confidence: 'S',
    summary: {
      zh: '2020年8月20日之前成立的合同：此前的利息按旧规定（24%）计算，自2020年8月20日起按起诉时一年期LPR四倍计算。',
      en: 'Contracts formed before 2020-08-20: interest until then follows the old rules (24 %); from 2020-08-20, 4×LPR at the time of suit.',
    },
    source: PRIVATE_LENDING_DEC_SOURCE,
  },
  'spc-private-lending-2015-26': {
    id: 'spc-private-lending-2015-26',
    law: PRIVATE_LENDING,
    article: '第26条',
    version: '2015年文本，2015-09-01施行（已被2020年修正取代）',
    confidence: 'C',
    summary: {
      zh: '旧规定：年利率24%以内支持，超过36%的部分约定无效。2020年8月20日起已被4倍LPR规则取代。',
      en: 'Old rule: up to 24 % a year supported, the part above 36 % void. Replaced by the 4×LPR rule from 2020-08-20.',
    },
    source: LDB,
  },
  'spc-reply-2020-27': {
    id: 'spc-reply-2020-27',
    law: '最高人民法院关于新民间借贷司法解释适用范围问题的批复',
    article: '全文',
    version: '法释〔2020〕27号，2021-01-01施行',
    confidence: 'C',
    summary: {
      zh: '小额贷款公司、融资担保公司、典当行等七类地方金融组织属于金融机构，其金融业务纠纷不适用新民间借贷司法解释。',
      en: 'Microloan, financing-guarantee, pawn and four other kinds of local financial firms are financial institutions; the private-lending rules do not apply to them.',
    },
    source: LDB,
  },
  'spc-financial-trial-2017-2': {
    id: 'spc-financial-trial-2017-2',
    law: '最高人民法院关于进一步加强金融审判工作的若干意见',
    article: '第2条',
    version: '法发〔2017〕22号',
    confidence: 'S',
    summary: {
      zh: '金融借款中，借款人主张利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分予以调减的，法院应予支持。',
      en: 'In financial loans, if the borrower asks, courts cut interest, compound interest, penalty interest, penalties and fees above 24 % a year in total.',
    },
    source:
      'Secondary: cosiris15/debt_review app/knowledge/legal_standards/04_financial_institution.md (English rendering)',
  },
  'spc-bank-card-2021-2': {
    id: 'spc-bank-card-2021-2',
    law: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定',
    article: '第2条',
    version: '2021-05-25施行',
    confidence: 'C',
    summary: {
      zh: '持卡人主张发卡行主张的透支利息、复利、违约金或分期手续费等总额过高的，法院综合考虑监管规定、欠款金额与期限、过错程度、发卡行实际损失等予以衡量。',
      en: "If the cardholder says the total of interest, compound interest, penalties or instalment fees is too high, the court weighs regulation, amount and duration, fault and the issuer's actual loss.",
    },
    source: LDB,
  },
  'spc-bank-card-2021-3': {
    id: 'spc-bank-card-2021-3',
    law: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定',
    article: '第3条',
    version: '2021-05-25施行',
    confidence: 'C',
    summary: {
      zh: '发卡行向持卡人预留的电话、地址或邮箱发送催收短信、信件或邮件等，诉讼时效中断。',
      en: "Collection by SMS, letter or e-mail to the cardholder's registered phone, address or e-mail interrupts limitation.",
    },
    source: LDB,
  },
  'spc-limitation-2020-8': {
    id: 'spc-limitation-2020-8',
    law: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定',
    article: '第8条',
    version: '2020年修正，2021-01-01施行',
    confidence: 'C',
    summary: {
      zh: '以信件、短信、电子邮件等数据电文方式催收，到达或应当到达债务人的，诉讼时效中断；金融机构从账户扣款亦同。',
      en: 'A demand by letter, SMS, e-mail or app message that reaches the debtor interrupts limitation; so does a financial institution debiting the account.',
    },
    source: LDB,
  },
  'spc-limitation-2020-14': {
    id: 'spc-limitation-2020-14',
    law: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定',
    article: '第14条',
    version: '2020年修正，2021-01-01施行',
    confidence: 'C',
    summary: {
      zh: '债务人作出分期履行、部分履行、提供担保、请求延期履行、制定清偿债务计划等承诺或行为的，属于“同意履行义务”，诉讼时效重新计算。',
      en: 'Agreeing to instalments, paying part, offering security, asking for an extension or a repayment plan counts as agreeing to perform: limitation restarts.',
    },
    source: LDB,
  },
  'spc-limitation-2020-19': {
    id: 'spc-limitation-2020-19',
    law: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定',
    article: '第19条',
    version: '2020年修正，2021-01-01施行',
    confidence: 'C',
    summary: {
      zh: '诉讼时效届满后，债务人同意履行或自愿履行的，不得再以时效届满抗辩；在催收通知单上签字也可能被认定为放弃时效抗辩。',
      en: 'After limitation expires, agreeing to pay or paying waives the defence; signing a collection notice can count as a waiver.',
    },
    source: LDB,
  },
  'spc-card-crime-2018': {
    id: 'spc-card-crime-2018',
    law: '最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释',
    article: '第6–10条（恶意透支）',
    version: '2018年修正，2018-12-01施行',
    confidence: 'C',
    summary: {
      zh: '恶意透支须同时具备：以非法占有为目的、经发卡行两次有效催收后超过三个月仍不归还，且透支本金五万元以上（不含利息、复利、滞纳金、手续费）；在提起公诉前全部归还的，可以不起诉。持卡人归还的款项认定为归还透支本金（第9条）。',
      en: 'Malicious overdraft needs intent of illegal possession, two effective collection attempts and over 3 months unpaid, with at least 50,000 yuan of principal (not interest or fees); full repayment before prosecution may end the case. Amounts repaid count as repaying principal (art. 9).',
    },
    source: LDB,
  },
  'pboc-2021-3': {
    id: 'pboc-2021-3',
    law: '中国人民银行公告',
    article: '〔2021〕第3号',
    version: '2021-03-12',
    confidence: 'S',
    summary: {
      zh: '贷款产品应明示年化利率，以借款人实际占用的本金计算，采用内部收益率法（IRR）；也可以标注为单利的年化利率。',
      en: 'Loan products must show an annualised rate on the principal actually used, computed by the IRR method; a simple rate may be shown if labelled.',
    },
    source:
      'Secondary: PBOC Xining branch page summary (shared/reference/legal.md §5); worked example recomputed',
  },
  'spc-contract-general-2023-65': {
    id: 'spc-contract-general-2023-65',
    law: '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释',
    article: '第65条',
    version: '2023-12-05施行',
    confidence: 'C',
    summary: {
      zh: '约定的违约金超过造成损失的百分之三十的，人民法院一般可以认定为“过分高于造成的损失”。',
      en: 'Liquidated damages more than 30 % above the loss caused may generally be found excessively high.',
    },
    source: LDB,
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

export function citation(id: CitationId): Citation {
  return CITATIONS[id];
}
