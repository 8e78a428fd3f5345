import type { Citation } from './citation.js';

const LDB = 'ZiGmaX809/LawsDatabase @89b39879 (国家法律法规数据库 copy, 2026-03)';
const CIVIL_CODE = '中华人民共和国民法典';
const CIVIL_CODE_VERSION = '2020-05-28公布，2021-01-01施行';
const PRIVATE_LENDING = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const PRIVATE_LENDING_DEC_2020 = '2020年第二次修正（法释〔2020〕17号），2021-01-01施行';
const PRIVATE_LENDING_AUG_2020 = '2020年8月修正，2020-08-20施行';
const PRIVATE_LENDING_DEC_SOURCE =
  'Article numbering of the Dec-2020 text from two independent secondary sources (shared/reference/legal.md §3.1)';
const PIPL = '中华人民共和国个人信息保护法';
const PIPL_VERSION = '2021-08-20公布，2021-11-01施行';
const CONSUMER_PROTECTION = '中华人民共和国消费者权益保护法';
const CONSUMER_PROTECTION_VERSION = '2013年修正，2014-03-15施行';
const CIVIL_PROCEDURE = '中华人民共和国民事诉讼法';
const CIVIL_PROCEDURE_VERSION = '2023年修正，2024-01-01施行';
const CREDIT_REPORTING = '征信业管理条例';
/** legal.md §7 tags the order number and the 施行 date [M]; only the publication date is confirmed. */
const CREDIT_REPORTING_VERSION = '国务院令，2013-01-21公布';
const DISHONEST_LIST = '最高人民法院关于公布失信被执行人名单信息的若干规定';
const DISHONEST_LIST_VERSION = '2017年修正';

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
  'civil-code-193': {
    id: 'civil-code-193',
    law: CIVIL_CODE,
    article: '第193条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '人民法院不得主动适用诉讼时效的规定：时效抗辩要由债务人自己提出。',
      en: 'Courts must not apply limitation of their own motion: the debtor has to raise it.',
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
  'civil-code-548': {
    id: 'civil-code-548',
    law: CIVIL_CODE,
    article: '第548条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '债务人接到债权转让通知后，债务人对让与人的抗辩，可以向受让人主张。',
      en: 'Once notified of an assignment, the debtor may raise against the assignee every defence it had against the assignor.',
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
  'civil-code-678': {
    id: 'civil-code-678',
    law: CIVIL_CODE,
    article: '第678条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '借款人可以在到期之前向出借人申请延长还款期限（展期），是否同意由出借人决定。这是可以提出的申请，不是借款人的权利。',
      en: 'Before the due date the borrower may ask the lender to extend the term (展期); the lender decides whether to agree. It is a request, not a right.',
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
  'civil-code-700': {
    id: 'civil-code-700',
    law: CIVIL_CODE,
    article: '第700条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '保证人承担保证责任后，有权在其承担保证责任的范围内向债务人追偿，享有债权人对债务人的权利。',
      en: "A guarantor who has paid may recover from the debtor within what it paid, with the creditor's rights against the debtor.",
    },
    source: LDB,
  },
  'civil-code-1032': {
    id: 'civil-code-1032',
    law: CIVIL_CODE,
    article: '第1032条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '每个人都享有隐私权；任何组织或个人都不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私。',
      en: 'Everyone has a right to privacy; no organisation or person may infringe it by prying, intruding, leaking or making private matters public.',
    },
    source: LDB,
  },
  'civil-code-1033': {
    id: 'civil-code-1033',
    law: CIVIL_CODE,
    article: '第1033条',
    version: CIVIL_CODE_VERSION,
    confidence: 'C',
    summary: {
      zh: '未经本人明确同意（法律另有规定的除外），任何组织或个人不得用电话、短信、即时通讯工具、电子邮件等方式打扰他人私人生活的安宁（本条第一项）。',
      en: "Without the person's clear consent (unless a law provides otherwise), no organisation or person may disturb someone's private life by phone, SMS, instant messaging or e-mail (item 1 of the article).",
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
  'spc-private-lending-2015-31': {
    id: 'spc-private-lending-2015-31',
    law: PRIVATE_LENDING,
    article: '第31条',
    version: '2015年文本，2015-09-01施行（已被2020年修正取代）',
    confidence: 'C',
    summary: {
      zh: '旧规定：超过约定利率自愿支付的利息，借款人以不当得利要求返还的，不予支持，但超过年利率36%的部分除外。',
      en: 'Old rule: interest paid voluntarily above the agreed rate cannot be reclaimed as unjust enrichment, except the part above 36 % a year.',
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
  'spc-limitation-2020-3': {
    id: 'spc-limitation-2020-3',
    law: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定',
    article: '第3条',
    version: '2020年修正，2021-01-01施行',
    confidence: 'C',
    summary: {
      zh: '一审期间没有提出诉讼时效抗辩、到二审才提出的，法院不予支持（有新证据证明已过时效的除外）。',
      en: 'A limitation defence not raised at first instance and raised only on appeal is not upheld, unless new evidence shows the period had run.',
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
  'pipl-6': {
    id: 'pipl-6',
    law: PIPL,
    article: '第6条',
    version: PIPL_VERSION,
    confidence: 'C',
    summary: {
      zh: '处理个人信息要有明确、合理的目的，方式应与目的直接相关、对个人影响最小；收集只能限于实现目的所需的最小范围，不得过度收集。',
      en: 'Personal information may be handled only for a clear, reasonable purpose, in the way least intrusive to the person, and collected only as far as that purpose needs.',
    },
    source: LDB,
  },
  'pipl-10': {
    id: 'pipl-10',
    law: PIPL,
    article: '第10条',
    version: PIPL_VERSION,
    confidence: 'C',
    summary: {
      zh: '任何组织或个人都不得非法收集、使用、加工、传输他人的个人信息，也不得非法买卖、提供或公开他人的个人信息。',
      en: "No organisation or person may illegally collect, use, process or transmit others' personal information, or illegally sell, provide or disclose it.",
    },
    source: LDB,
  },
  'pipl-13': {
    id: 'pipl-13',
    law: PIPL,
    article: '第13条',
    version: PIPL_VERSION,
    confidence: 'C',
    summary: {
      zh: '处理个人信息必须具备本条列明的合法依据之一，例如取得本人同意，或者为订立、履行本人作为一方的合同所必需；没有合法依据的不得处理。',
      en: "Personal information may be handled only on one of the lawful bases the article lists, such as the person's consent or necessity for a contract the person is party to.",
    },
    source: LDB,
  },
  'pipl-23': {
    id: 'pipl-23',
    law: PIPL,
    article: '第23条',
    version: PIPL_VERSION,
    confidence: 'C',
    summary: {
      zh: '把个人信息提供给其他个人信息处理者，须告知本人接收方等情况，并取得本人的单独同意。',
      en: "Passing personal information to another handler requires telling the person about the recipient and getting the person's separate consent.",
    },
    source: LDB,
  },
  'pipl-69': {
    id: 'pipl-69',
    law: PIPL,
    article: '第69条',
    version: PIPL_VERSION,
    confidence: 'C',
    summary: {
      zh: '处理个人信息侵害个人信息权益并造成损害的，处理者如果不能证明自己没有过错，就要承担损害赔偿等责任（过错推定）。',
      en: 'If handling personal information infringes the rights in it and causes harm, the handler is liable for damages unless it proves it was not at fault (fault is presumed).',
    },
    source: LDB,
  },
  'consumer-protection-8': {
    id: 'consumer-protection-8',
    law: CONSUMER_PROTECTION,
    article: '第8条',
    version: CONSUMER_PROTECTION_VERSION,
    confidence: 'C',
    summary: {
      zh: '消费者有权知悉所接受服务的真实情况，有权要求经营者说明服务的内容、规格、费用等有关情况。',
      en: 'Consumers have a right to know the true facts of a service, and may ask the business to state its content, terms and fees.',
    },
    source: LDB,
  },
  'consumer-protection-14': {
    id: 'consumer-protection-14',
    law: CONSUMER_PROTECTION,
    article: '第14条',
    version: CONSUMER_PROTECTION_VERSION,
    confidence: 'C',
    summary: {
      zh: '消费者购买商品、接受服务时，有权要求人格尊严得到尊重，个人信息依法得到保护。',
      en: 'When buying goods or services, consumers have a right to respect for their personal dignity and to lawful protection of their personal information.',
    },
    source: LDB,
  },
  'consumer-protection-27': {
    id: 'consumer-protection-27',
    law: CONSUMER_PROTECTION,
    article: '第27条',
    version: CONSUMER_PROTECTION_VERSION,
    confidence: 'C',
    summary: {
      zh: '经营者不得侮辱、诽谤消费者，不得搜查消费者的身体或随身物品，不得侵犯消费者的人身自由。',
      en: 'A business may not insult or defame consumers, search them or their belongings, or restrict their personal liberty.',
    },
    source: LDB,
  },
  'consumer-protection-28': {
    id: 'consumer-protection-28',
    law: CONSUMER_PROTECTION,
    article: '第28条',
    version: CONSUMER_PROTECTION_VERSION,
    confidence: 'C',
    summary: {
      zh: '提供银行等金融服务的经营者，应当向消费者提供服务的价款或者费用、履行期限和方式、风险警示、民事责任等信息。',
      en: 'Businesses providing banking and other financial services must give consumers the price or fees, the time and manner of performance, risk warnings and civil liability of the service.',
    },
    source: LDB,
  },
  'consumer-protection-29': {
    id: 'consumer-protection-29',
    law: CONSUMER_PROTECTION,
    article: '第29条',
    version: CONSUMER_PROTECTION_VERSION,
    confidence: 'C',
    summary: {
      zh: '经营者收集、使用消费者个人信息应当合法、正当、必要，并严格保密，不得泄露、出售或非法向他人提供；未经消费者同意，不得向其发送商业性信息。',
      en: "A business must collect and use consumers' personal information lawfully, properly and only as needed, keep it confidential, never leak, sell or illegally pass it on, and not send commercial messages without consent.",
    },
    source: LDB,
  },
  'civil-procedure-payment-order': {
    id: 'civil-procedure-payment-order',
    law: CIVIL_PROCEDURE,
    article: '第225–228条（督促程序）',
    version: CIVIL_PROCEDURE_VERSION,
    confidence: 'C',
    summary: {
      zh: '债权人可以向基层法院申请支付令。债务人应当自收到支付令之日起15日内清偿，或者向法院提出书面异议；既不清偿也不异议的，支付令可以被申请强制执行。异议成立的，法院终结督促程序，支付令失效，除申请人不同意外转入诉讼。',
      en: 'A creditor can ask a basic-level court for a payment order. Within 15 days of receiving it the debtor must pay or file a written objection; with neither, the order can be enforced. A valid objection ends the procedure, the order lapses, and the case becomes a lawsuit unless the creditor objects.',
    },
    source: LDB,
  },
  'civil-procedure-128': {
    id: 'civil-procedure-128',
    law: CIVIL_PROCEDURE,
    article: '第128条',
    version: CIVIL_PROCEDURE_VERSION,
    confidence: 'C',
    summary: {
      zh: '法院立案后5日内把起诉状副本发送被告，被告应当在收到之日起15日内提出答辩状；被告不提出答辩状的，不影响法院审理。',
      en: 'The court sends the complaint to the defendant within 5 days of filing; the defendant should file a defence within 15 days of receiving it; not filing one does not stop the trial.',
    },
    source: LDB,
  },
  'civil-procedure-147': {
    id: 'civil-procedure-147',
    law: CIVIL_PROCEDURE,
    article: '第147条',
    version: CIVIL_PROCEDURE_VERSION,
    confidence: 'C',
    summary: {
      zh: '被告经传票传唤，无正当理由拒不到庭，或者未经法庭许可中途退庭的，可以缺席判决。',
      en: 'If the defendant, summoned by subpoena, refuses to appear without good reason or leaves without the court’s leave, the court may give judgment by default.',
    },
    source: LDB,
  },
  'civil-procedure-165': {
    id: 'civil-procedure-165',
    law: CIVIL_PROCEDURE,
    article: '第165条',
    version: CIVIL_PROCEDURE_VERSION,
    confidence: 'C',
    summary: {
      zh: '事实清楚、争议不大的简单金钱给付案件，标的额在本省上年度就业人员年平均工资50%以下的，适用小额诉讼程序，一审终审。',
      en: 'Simple, clear money claims up to 50 % of the province’s previous-year average wage are heard as small claims: the first instance is final.',
    },
    source: LDB,
  },
  'civil-procedure-125': {
    id: 'civil-procedure-125',
    law: CIVIL_PROCEDURE,
    article: '第125条',
    version: CIVIL_PROCEDURE_VERSION,
    confidence: 'C',
    summary: {
      zh: '起诉到法院的民事纠纷，适合调解的，先进行调解；当事人拒绝调解的除外。',
      en: 'Civil disputes brought to court that are suitable for mediation are mediated first, unless a party refuses.',
    },
    source: LDB,
  },
  'credit-reporting-15': {
    id: 'credit-reporting-15',
    law: CREDIT_REPORTING,
    article: '第15条',
    version: CREDIT_REPORTING_VERSION,
    confidence: 'C',
    summary: {
      zh: '信息提供者向征信机构报送个人不良信息之前，应当先告知本人；依法公开的不良信息除外。',
      en: 'Before reporting negative information about a person to a credit bureau, the provider must tell that person, except for information made public by law.',
    },
    source: LDB,
  },
  'credit-reporting-16': {
    id: 'credit-reporting-16',
    law: CREDIT_REPORTING,
    article: '第16条',
    version: CREDIT_REPORTING_VERSION,
    confidence: 'C',
    summary: {
      zh: '个人不良信息自不良行为或事件终止之日起保存5年，期满删除；保存期间本人可以对不良信息作出说明，征信机构应当记录。因此结清欠款后记录不会马上消失。',
      en: 'Negative information is kept for 5 years from the day the behaviour or event ends, then deleted; meanwhile the person may add an explanation, which must be recorded. So paying off does not remove the record at once.',
    },
    source: LDB,
  },
  'credit-reporting-17': {
    id: 'credit-reporting-17',
    law: CREDIT_REPORTING,
    article: '第17条',
    version: CREDIT_REPORTING_VERSION,
    confidence: 'C',
    summary: {
      zh: '个人有权每年两次免费获取本人的信用报告。',
      en: 'A person may obtain their own credit report free of charge twice a year.',
    },
    source: LDB,
  },
  'credit-reporting-25': {
    id: 'credit-reporting-25',
    law: CREDIT_REPORTING,
    article: '第25条',
    version: CREDIT_REPORTING_VERSION,
    confidence: 'C',
    summary: {
      zh: '本人认为征信信息有错误或遗漏的，可以向征信机构或信息提供者提出异议；对方应当对该信息作异议标注，进行核查，并自收到异议之日起20日内书面答复。确有错误的应当更正。',
      en: 'A person who thinks a credit record is wrong or incomplete may object to the bureau or the provider, which must mark the item as disputed, check it and answer in writing within 20 days of receipt. Errors are corrected.',
    },
    source: LDB,
  },
  'card-regulation-70': {
    id: 'card-regulation-70',
    law: '商业银行信用卡业务监督管理办法',
    article: '第70条',
    version: '令号与施行日期未核对',
    confidence: 'S',
    summary: {
      zh: '在特殊情况下，确认信用卡欠款超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行“可以”与持卡人平等协商，达成个性化分期还款协议。这由银行酌情决定，不是持卡人的权利；据报道最长5年（60期）。',
      en: 'In special cases, where the card debt exceeds the holder\'s capacity to pay and the holder still wants to pay, the issuing bank "may" negotiate a personalised instalment agreement. It is at the bank\'s discretion, not a right; the reported maximum is 5 years (60 instalments).',
    },
    source:
      'Secondary: first sentence quoted identically in several third-party repositories; 5-year limit as reported (shared/reference/legal.md §5.1)',
  },
  'cba-collection-guideline-2026': {
    id: 'cba-collection-guideline-2026',
    law: '金融机构个人消费类贷款催收工作指引（试行）（中国银行业协会，行业自律）',
    article: '相关条款（条号未核对）',
    version: '2026年1月发布（据报道）',
    confidence: 'S',
    summary: {
      zh: '这是行业自律规范，不是法律，约束的是协会成员金融机构：未经债务人同意，22:00至次日08:00不得催收；同一号码每天未接通的呼叫不超过6次；不得冒充行政机关或司法机关；原则上不得联系与债务无关的第三人。',
      en: "Industry self-regulation (行业自律), not law, binding member financial institutions: no collection 22:00–08:00 without the debtor's consent; at most 6 unanswered call attempts a day to the same number; no impersonating administrative or judicial bodies; third parties unrelated to the debt in principle not contacted.",
    },
    source:
      'Secondary: 21世纪经济报道 2026-01-31 via reportify.cn/social-media/768757111798201 (shared/reference/legal.md §6)',
  },
  'criminal-law-293-1': {
    id: 'criminal-law-293-1',
    law: '中华人民共和国刑法',
    article: '第293条之一（催收非法债务罪）',
    version: '刑法修正案（十一）增设，2021-03-01施行',
    confidence: 'C',
    summary: {
      zh: '以暴力、胁迫，限制人身自由、侵入他人住宅，或者恐吓、跟踪、骚扰等方式催收高利放贷等产生的非法债务，情节严重的，构成犯罪，最高可处三年有期徒刑，并处或单处罚金。本罪只针对非法债务。',
      en: 'Collecting illegal debts, such as from usury, by violence or coercion, restricting liberty or entering a home, or by intimidation, stalking or harassment is a crime where serious: up to 3 years, and/or a fine. It covers only illegal debts.',
    },
    source: LDB,
  },
  'spc-dishonest-list-2017-1': {
    id: 'spc-dishonest-list-2017-1',
    law: DISHONEST_LIST,
    article: '第1条',
    version: DISHONEST_LIST_VERSION,
    confidence: 'C',
    summary: {
      zh: '被执行人只有在具备法定情形之一时才会被列入失信名单，例如有履行能力而拒不履行、妨碍或抗拒执行、规避执行、违反财产报告制度或限制消费令、无正当理由拒不履行执行和解协议。',
      en: 'A judgment debtor is put on the dishonest list only on a statutory ground, such as refusing to pay despite being able to, obstructing or evading enforcement, breaching the asset-report or spending-ban order, or refusing a settlement without good reason.',
    },
    source: LDB,
  },
  'spc-dishonest-list-2017-3': {
    id: 'spc-dishonest-list-2017-3',
    law: DISHONEST_LIST,
    article: '第3条',
    version: DISHONEST_LIST_VERSION,
    confidence: 'C',
    summary: {
      zh: '在本条列明的情形下，例如已提供充分有效的担保，或已被查封、扣押、冻结的财产足以清偿债务，法院不得以“有履行能力而拒不履行”为由将被执行人列入失信名单。',
      en: 'In the situations the article lists, for example where adequate security was given or seized assets suffice to pay, the court may not list the debtor for refusing despite ability to pay.',
    },
    source: LDB,
  },
  'shenzhen-personal-bankruptcy': {
    id: 'shenzhen-personal-bankruptcy',
    law: '深圳经济特区个人破产条例',
    article: '适用条件（条号未核对）',
    version: '2020-08-31公布，2021-03-01施行',
    confidence: 'S',
    summary: {
      zh: '在深圳居住、且参加深圳社会保险连续满三年的人，因生产经营或生活消费导致资产不足以清偿全部债务或者明显无法清偿的，可以依本条例申请个人破产（清算、重整或和解）。只适用于符合这些条件的人。',
      en: 'People who live in Shenzhen and have been in the Shenzhen social-insurance scheme for 3 consecutive years, whose business or consumption debts exceed their assets or clearly cannot be paid, may apply for personal bankruptcy (liquidation, reorganisation or settlement). Only they qualify.',
    },
    source:
      'Secondary: wikim.kfd.me (Wikipedia mirror); 证券时报 2021-03-02 via manloong.com (shared/reference/legal.md §10)',
  },
  'nfra-establishment-2023': {
    id: 'nfra-establishment-2023',
    law: '第十四届全国人民代表大会第一次会议关于国务院机构改革方案的决定',
    article: '国务院机构改革方案（组建国家金融监督管理总局）',
    version: '2023-03-10',
    confidence: 'C',
    summary: {
      zh: '在中国银行保险监督管理委员会基础上组建国家金融监督管理总局，不再保留银保监会；人民银行的金融消费者保护职责划入国家金融监督管理总局。',
      en: "The National Financial Regulatory Administration (NFRA) was set up on the basis of the former CBIRC, which is no longer kept; PBOC's financial-consumer-protection duties moved to NFRA.",
    },
    source: LDB,
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

export function citation(id: CitationId): Citation {
  return CITATIONS[id];
}
