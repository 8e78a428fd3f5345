import type { FindingCode, FindingFacts, ParamsOf, UnlicensedSign } from '../findings/finding.js';
import type { CapBasis } from '../law/cap-rules.js';
import { formatMoney, formatPercent, type Lang } from './format.js';

type Catalog = { [C in FindingCode]: (params: ParamsOf<C>) => string };

const CAP_BASIS_ZH: Record<CapBasis, string> = {
  lpr4x_at_contract: '民间借贷上限：合同成立时一年期LPR的4倍',
  transitional_split: '2020年8月20日前成立的民间借贷：分段计算',
  financial_24_reference: '金融机构借款：法院通常支持的综合年化24%（参考，非法定上限）',
  credit_card_24_reference: '信用卡：法院综合衡量，常以年化24%为参考（参考，非法定上限）',
  unlicensed_lpr_at_most: '可能无放贷资质：最多支持实际到手本金加不超过一年期LPR的利息（参考，各地做法不一）',
  unknown_24_reference: '出借人类型不明：暂按24%参考上限（较保守）',
};

const CAP_BASIS_EN: Record<CapBasis, string> = {
  lpr4x_at_contract: 'private lending cap: 4 × the one-year LPR at contract formation',
  transitional_split: 'private loan formed before 2020-08-20: split by period',
  financial_24_reference:
    'financial lender: the 24 % total courts usually support (reference, not statutory)',
  credit_card_24_reference:
    'credit card: courts weigh the total; 24 % is the usual reference (not statutory)',
  unlicensed_lpr_at_most:
    'possibly unlicensed lender: at most the principal received plus interest up to the one-year LPR (reference; courts differ)',
  unknown_24_reference: 'lender type unknown: the 24 % reference for now (the cautious choice)',
};

function unlicensedSignsZh(signs: readonly UnlicensedSign[]): string {
  const parts = [];
  if (signs.includes('short_term')) parts.push('借期只有14天或更短');
  if (signs.includes('large_deduction')) parts.push('放款时被扣除了五分之一以上');
  return parts.join('、');
}

function unlicensedSignsEn(signs: readonly UnlicensedSign[]): string {
  const parts = [];
  if (signs.includes('short_term')) parts.push('runs 14 days or less');
  if (signs.includes('large_deduction')) parts.push('had a fifth or more deducted at payout');
  return parts.join(' and ');
}

export function describeCapBasis(basis: CapBasis, lang: Lang): string {
  return (lang === 'zh' ? CAP_BASIS_ZH : CAP_BASIS_EN)[basis];
}

const ZH: Catalog = {
  upfront_deduction: (p) =>
    `合同本金 ${formatMoney(p.principal, 'zh')}，实际到手 ${formatMoney(p.received, 'zh')}，放款时被预先扣除 ${formatMoney(p.deducted, 'zh')}（俗称“砍头息”）。法律规定本金按实际到手金额认定，利息也只应按到手金额计算。`,
  apr_above_cap: (p) =>
    p.basis === 'transitional_split'
      ? `按实际现金流（IRR法）计算，真实年化利率（单利）约为 ${formatPercent(p.apr)}。2020年8月20日以后的利息适用上限 ${formatPercent(p.cap)}（此前以24%为限），超出部分法院很可能不予支持。`
      : `按实际现金流（IRR法）计算，这笔借款的真实年化利率（单利）约为 ${formatPercent(p.apr)}，高于适用的上限 ${formatPercent(p.cap)}（${CAP_BASIS_ZH[p.basis]}）。超出部分法院很可能不予支持。`,
  apr_above_24: (p) =>
    `真实年化利率约 ${formatPercent(p.apr)}，超过24%。注意：“24%以内都受保护”是2020年8月20日以前的旧规定；现在24%只是金融机构借款的参考上限。这笔借款适用的上限更低，见上一条。`,
  apr_above_36: (p) =>
    `真实年化利率约 ${formatPercent(p.apr)}，超过36%。36%是2015年旧规定中“超过部分无效”的界线，现已被更严格的规则取代；超过这个水平的收费很可能不被法院支持。`,
  overdue_charges_above_cap: (p) =>
    `逾期后合同约定的利息、罚息和费用合计约为年化 ${formatPercent(p.overdueRate)}，高于上限 ${formatPercent(p.cap)}。逾期利息、违约金和其他费用合计超出上限的部分，法院一般不支持；过高的违约金可以请求法院调减。`,
  claim_above_supported: (p) =>
    `对方现在主张 ${formatMoney(p.claimed, 'zh')}，按法院可能支持的算法估算约为 ${formatMoney(p.supported, 'zh')}，相差 ${formatMoney(p.excess, 'zh')}。这是估算，不是判决结果，但可以作为协商的依据。`,
  claim_above_contract: (p) =>
    `对方主张 ${formatMoney(p.claimed, 'zh')}，比按合同本身约定计算的 ${formatMoney(p.contractAmount, 'zh')} 还多 ${formatMoney(p.difference, 'zh')}。可以请对方提供逐项明细（本金、利息、罚息、各项费用及计算依据），没有合同依据的收费不应承担。`,
  overpaid: (p) =>
    `按可能支持的利率计算，你已多还约 ${formatMoney(p.overpaid, 'zh')}。超出部分有可能主张抵扣本金或返还（法院做法不完全一致，属于“可能”而非“确定”）。`,
  limitation_possibly_expired: (p) =>
    `从 ${p.since} 起算，3年诉讼时效可能已在 ${p.expiredOn} 届满（前提是这期间对方没有向你催收过——短信、电话、信件都算——你也没有还款、书面承认或同意还款，也没有被起诉）。时效届满后你可以拒绝还款，法院可能支持的金额为0；但法院不会主动审查时效，必须由你自己在一审中提出。一旦你还了一部分、同意分期或在任何文件上签字承认，就会失去这个抗辩。在联系对方之前，请先咨询律师或法律援助（12348）。`,
  supported_limited_to_claim: (p) =>
    `按法院可能支持的算法估算为 ${formatMoney(p.computed, 'zh')}，高于对方主张的 ${formatMoney(p.claimed, 'zh')}。法院不会判得比对方主张的更多，所以这里按对方主张的金额显示：对方主张在法律允许的范围内。`,
  card_due_date_missing: () =>
    '没有填写这张卡第一次未还的到期还款日：利息和违约金无法从逾期时起计算，这里只从对方主张之日起计息（估算偏低），诉讼时效也无法判断。请从账单或银行APP中找到第一次没有还上的“到期还款日”补上。',
  card_due_date_assumed: (p) =>
    `没有填写第一次未还的到期还款日，暂按逾期开始日的前一天 ${p.assumed} 计算。开卡日期不作为计息或诉讼时效的起点。`,
  pre_reform_interest_stands: (p) =>
    `2020年8月20日之前已付的利息中，约 ${formatMoney(p.retained, 'zh')} 在年化24%至36%之间。按当时的旧规定，自愿支付的这部分利息不能要求返还，也不能抵扣本金；只有超过36%的部分可以主张返还或抵扣。`,
  interest_free_overdue: (p) =>
    `借条没有约定利息：借期内不计利息；从逾期之日（${p.from}）起，出借人可以主张逾期利息，法院通常按一年期LPR（约 ${formatPercent(p.lprRate)}）计算。这是法院的常见做法，不是固定规则。`,
  late_fees_excessive: (p) =>
    `对方收取的违约金合计 ${formatMoney(p.lateFees, 'zh')}。按估算的损失 ${formatMoney(p.loss, 'zh')}（逾期金额按合同利率计算的利息损失）计算，超过损失30%（即超过 ${formatMoney(p.threshold, 'zh')}）的违约金一般可以认定为过高，可以请求法院调减。`,
  creditor_changed: (p) =>
    p.kind === 'guarantor'
      ? `${p.name} 于 ${p.date} 替你向原出借人代偿${p.paid === null ? '' : ` ${formatMoney(p.paid, 'zh')}`}，现在向你追偿。担保公司只能在它实际代偿的范围内追偿，不能超过原出借人依法可以主张的金额；你对原出借人的抗辩（如利率超限、砍头息、诉讼时效）同样可以对它提出。`
      : `这笔债权已于 ${p.date} 转让给 ${p.name}。受让人只能主张原出借人依法可以主张的金额；你对原出借人的抗辩（如利率超限、砍头息、诉讼时效）同样可以对受让人提出。债权转让要通知你才对你发生效力。`,
  lpr_unconfirmed: (p) =>
    `计算上限所用的LPR报价（${p.date}）${p.status === 'user_added' ? '是你自己添加的' : '未经两个独立来源核对'}，上限数字可能需要核对。`,
  credit_card_large_principal: (p) =>
    `这张信用卡的欠款本金约 ${formatMoney(p.principal, 'zh')}，达到5万元。请不要慌：逾期本身不是犯罪。只有同时满足“以非法占有为目的、经两次有效催收后超过3个月仍不归还”等条件才可能涉及恶意透支。保持与银行的联系、说明困难、尽力还一部分，有助于表明你没有“非法占有目的”。`,
  transitional_contract: (p) =>
    `合同成立于 ${p.contractDate}，早于2020年8月20日：2020年8月19日之前的利息按旧规定以年化24%为限，之后按起诉时一年期LPR的4倍（本报告假设以分析日起诉，约 ${formatPercent(p.laterCap)}）。这是参考计算。`,
  unlicensed_lender: (p) =>
    `${p.declared ? '对方可能没有放贷资质' : `这笔借款${unlicensedSignsZh(p.signs)}，符合“714高炮”的特征，对方很可能没有放贷资质`}。以放贷为业却没有资质的，借款合同可能无效；法院最多按实际到手的本金加不超过一年期LPR的利息处理（各地法院做法不一）。以暴力、威胁、骚扰等方式催收这类非法债务可能构成犯罪。请不要通过对方的“协商渠道”谈判，不要转账到个人账户：可以向公安机关（110）报案，并向当地地方金融管理局反映。`,
  lender_type_unknown: () =>
    `还不清楚出借人是什么类型的机构。不同机构适用的利率上限不同：银行、消费金融公司、小额贷款公司通常以24%为参考，个人之间的借贷适用4倍LPR。可在借款合同或APP的“关于我们”中查看放款方名称。`,
  rate_not_computable: (p) =>
    p.reason === 'no_card_rate'
      ? '没有填写这张卡的透支日利率（例如万分之五，即0.05%），按上限估算利息。日利率写在账单或银行APP的“账单详情”里。'
      : p.reason === 'no_terms'
        ? '缺少还款计划或借款条件，无法计算真实年化利率。请补充APP中的还款计划或合同中的利率和期数。'
        : '根据填写的金额无法算出年化利率（到手金额与应还金额不构成借款现金流），请检查金额和日期。',
  multiple_rates: (p) =>
    `这组现金流正负变化了 ${p.signChanges} 次，可能有多个年化利率（${p.roots.map((root) => formatPercent(root)).join('、')}）。报告采用最接近0的那个，请核对是否有退款或额外费用记错。`,
  lpr_stale: (p) =>
    p.latestDate === null
      ? `没有可用的LPR报价，按LPR计算的上限无法核对。报价可以在全国银行间同业拆借中心或中国人民银行网站上查到，查到后在上岸的“LPR报价”页面添加。`
      : `计算上限所用的LPR报价最新只到 ${p.latestDate}，距分析日 ${p.asOf} 已超过35天。按LPR计算的上限，看的是合同成立时的一年期LPR：只有在 ${p.latestDate} 之后成立的借款，才可能用到这份表里还没有的新报价；2020年8月20日前成立的民间借贷，按过渡条款，从2020年8月20日起的利息通常看起诉时的LPR（本报告假设在分析日起诉；各地法院做法不一），也可能用到。按24%参考线计算的借款不受影响。新报价可以在全国银行间同业拆借中心或中国人民银行网站上查到，查到后在上岸的“LPR报价”页面添加。`,
};

const EN: Catalog = {
  upfront_deduction: (p) =>
    `Contract principal ${formatMoney(p.principal, 'en')}, but only ${formatMoney(p.received, 'en')} was received: ${formatMoney(p.deducted, 'en')} was deducted upfront ("砍头息"). The law counts the principal as the amount actually received, and interest only on that.`,
  apr_above_cap: (p) =>
    p.basis === 'transitional_split'
      ? `From the real cash flows (IRR method) the true annual rate (simple) is about ${formatPercent(p.apr)}. Interest from 2020-08-20 is capped at ${formatPercent(p.cap)} (24 % before that); a court would likely not support the excess.`
      : `From the real cash flows (IRR method) this loan costs about ${formatPercent(p.apr)} a year (simple), above the applicable cap of ${formatPercent(p.cap)} (${CAP_BASIS_EN[p.basis]}). A court would likely not support the excess.`,
  apr_above_24: (p) =>
    `The true annual rate is about ${formatPercent(p.apr)}, above 24 %. "Anything up to 24 % is protected" was the rule before 2020-08-20; today 24 % is only the reference for financial lenders. The cap for this loan is lower (see above).`,
  apr_above_36: (p) =>
    `The true annual rate is about ${formatPercent(p.apr)}, above 36 %: the old 2015 "void above" line, since replaced by stricter rules. Charges at this level are very likely not supported by a court.`,
  overdue_charges_above_cap: (p) =>
    `After default, the contract's interest, penalty interest and fees add up to about ${formatPercent(p.overdueRate)} a year, above the cap of ${formatPercent(p.cap)}. Courts generally do not support the combined overdue charges above the cap, and excessive penalties can be reduced on request.`,
  claim_above_supported: (p) =>
    `The lender now claims ${formatMoney(p.claimed, 'en')}; a court would likely support about ${formatMoney(p.supported, 'en')}, a difference of ${formatMoney(p.excess, 'en')}. This is an estimate, not a ruling, but it is a sound basis for negotiation.`,
  claim_above_contract: (p) =>
    `The lender claims ${formatMoney(p.claimed, 'en')}, ${formatMoney(p.difference, 'en')} more than even the contract's own terms give (${formatMoney(p.contractAmount, 'en')}). Ask for an itemised statement (principal, interest, penalty interest, each fee and its basis); charges without a contractual basis should not be paid.`,
  overpaid: (p) =>
    `At the rate a court would likely support, you have overpaid about ${formatMoney(p.overpaid, 'en')}. You may be able to offset it against principal or ask for it back (courts differ: likely, not certain).`,
  limitation_possibly_expired: (p) =>
    `Counted from ${p.since}, the 3-year limitation period may have run out on ${p.expiredOn} (only if the creditor made no demand since — SMS, calls and letters count — and you neither paid, acknowledged in writing nor agreed to pay, and were not sued). After expiry you may refuse to pay and a court would likely support 0; but courts do not raise limitation themselves: you must raise it, at first instance. Paying anything, agreeing to instalments or signing an acknowledgement gives the defence up. Talk to a lawyer or legal aid (12348) before contacting the creditor.`,
  supported_limited_to_claim: (p) =>
    `The court method gives ${formatMoney(p.computed, 'en')}, more than the ${formatMoney(p.claimed, 'en')} claimed. A court does not award more than is claimed, so the claim is shown: it is within what the law allows.`,
  card_due_date_missing: () =>
    "The card's first missed due date is not filled in: interest and charges cannot be counted from the default, so interest is counted only from the claim date (an underestimate), and limitation cannot be checked. Find the first 到期还款日 you missed on a statement or in the bank's app.",
  card_due_date_assumed: (p) =>
    `No first missed due date was given; the day before the first overdue day, ${p.assumed}, is used. The card's opening date starts neither interest nor limitation.`,
  pre_reform_interest_stands: (p) =>
    `Of the interest paid before 2020-08-20, about ${formatMoney(p.retained, 'en')} lies between 24 % and 36 % a year. Under the rules of that time, interest paid voluntarily in that band cannot be reclaimed or offset; only the part above 36 % can.`,
  interest_free_overdue: (p) =>
    `The IOU agrees no interest: none runs during the term. From the overdue date (${p.from}) the lender may claim overdue interest, which courts usually measure at the one-year LPR (about ${formatPercent(p.lprRate)}). Common court practice, not a fixed rule.`,
  late_fees_excessive: (p) =>
    `The late fees (违约金) charged add up to ${formatMoney(p.lateFees, 'en')}. Against an estimated loss of ${formatMoney(p.loss, 'en')} (interest at the contract rate on the overdue amounts), late fees above 130 % of the loss (${formatMoney(p.threshold, 'en')}) are generally excessive and can be reduced on request.`,
  creditor_changed: (p) =>
    p.kind === 'guarantor'
      ? `${p.name} paid the original lender on your behalf on ${p.date}${p.paid === null ? '' : ` (${formatMoney(p.paid, 'en')})`} and now claims from you. A guarantor recovers no more than it paid, and never more than the original lender could lawfully claim; every defence you had against the lender (rate above the cap, upfront deduction, limitation) holds against it too.`
      : `This debt was assigned to ${p.name} on ${p.date}. The assignee can claim no more than the original lender lawfully could, and every defence you had against the lender holds against the assignee. An assignment binds you only once you are notified.`,
  lpr_unconfirmed: (p) =>
    `The LPR quotation the cap is built on (${p.date}) ${p.status === 'user_added' ? 'was added by you' : 'is not confirmed by two independent sources'}; check the cap figure.`,
  credit_card_large_principal: (p) =>
    `The card principal owed is about ${formatMoney(p.principal, 'en')}, at least 50,000 yuan. Please stay calm: being overdue is not a crime. Malicious overdraft also needs intent to take the money and over 3 months without paying after two effective collection attempts. Keeping in touch with the bank, explaining your hardship and paying what you can helps show you have no such intent.`,
  transitional_contract: (p) =>
    `The contract dates from ${p.contractDate}, before 2020-08-20: interest until 2020-08-19 is capped at 24 % a year under the old rules, and after that at 4 × the one-year LPR at the time of suit (this report assumes a suit on the analysis date: about ${formatPercent(p.laterCap)}). A reference calculation.`,
  unlicensed_lender: (p) =>
    `${p.declared ? 'The lender may have no licence' : `This loan ${unlicensedSignsEn(p.signs)}, the pattern of "714" loans: the lender very likely has no licence`}. Lending as a business without a licence can make the contract void; at most, courts treat it as principal actually received plus interest up to the one-year LPR (courts differ). Collecting such illegal debts by violence, threats or harassment can be a crime. Do not negotiate through the operator's "official channel" and never pay into a private account: report it to the police (110) and to the local financial regulator (地方金融管理局).`,
  lender_type_unknown: () =>
    'The kind of lender is not known yet. Caps differ: banks, consumer-finance and microloan companies are usually held to a 24 % reference; loans between private parties to 4 × LPR. The lending company is named in the contract or the app\'s "about" page.',
  rate_not_computable: (p) =>
    p.reason === 'no_card_rate'
      ? "The card's daily overdraft rate (for example 0.05 %) is not filled in, so interest is estimated at the cap. It is on the statement or in the bank's app."
      : p.reason === 'no_terms'
        ? 'Without a repayment schedule or loan terms the true annual rate cannot be computed. Add the schedule from the app or the rate and number of periods from the contract.'
        : 'The amounts entered do not form a loan (money received, then repaid), so no annual rate exists. Please check the amounts and dates.',
  multiple_rates: (p) =>
    `These cash flows change sign ${p.signChanges} times and have several rates (${p.roots.map((root) => formatPercent(root)).join(', ')}). The report uses the one closest to zero; check for refunds or fees entered by mistake.`,
  lpr_stale: (p) =>
    p.latestDate === null
      ? 'No LPR quotation is available, so caps built on the LPR cannot be checked. Quotations are published on the CFETS and PBOC websites; add one on the "LPR quotations" page of Shang\'an.'
      : `The newest LPR quotation the caps are built on is from ${p.latestDate}, more than 35 days before the analysis date ${p.asOf}. A cap built on the LPR uses the one-year LPR in force when the contract was formed: only loans formed after ${p.latestDate} can need a quotation this table does not have yet; so can private loans formed before 2020-08-20, whose interest from that day usually uses the LPR at the time of suit under the transitional article (this report assumes a suit on the analysis date; courts differ). Caps on the 24 % reference do not change. Newer quotations are published on the CFETS and PBOC websites; add one on the "LPR quotations" page of Shang'an.`,
};

/** The finding in plain words, in the person's language. */
export function renderFinding(finding: FindingFacts, lang: Lang): string {
  const catalog = lang === 'zh' ? ZH : EN;
  // The union is correlated by code; TypeScript cannot see that through the lookup, so narrow once here.
  const render = catalog[finding.code] as (params: FindingFacts['params']) => string;
  return render(finding.params);
}
