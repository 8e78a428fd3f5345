import type { Alternative } from '../plan/alternatives.js';
import type { Lang } from './format.js';
import { STRATEGY_LABELS } from './plan-labels.js';

/** One plain sentence per alternative. */
export function renderAlternative(alternative: Alternative, lang: Lang): string {
  const zh = lang === 'zh';
  switch (alternative.code) {
    case 'other_strategy':
      return zh
        ? `改用“${STRATEGY_LABELS.zh[alternative.params.strategy]}”方案可以在60个月内还清，见该方案。`
        : `The "${STRATEGY_LABELS.en[alternative.params.strategy]}" strategy does clear the debts within 60 months; see it.`;
    case 'hardship_request':
      return zh
        ? '向每个债权人提交特殊困难减免申请，说明情况并附上还款能力说明，请求更长的分期或减免。银行“可以”同意，但不是必须同意。'
        : 'Send each creditor a hardship request with the affordability statement, asking for a longer plan or a reduction. Lenders may agree; they are not obliged to.';
    case 'extension_request':
      return zh
        ? '如果困难是暂时的（例如正在找工作），可以申请展期：先暂停或降低几个月的还款。展期需要对方同意。'
        : 'If the hardship is temporary, ask for an extension: a few months paused or reduced. The lender must agree.';
    case 'budget_review':
      return zh
        ? '重新核对收入和支出：是否有可以增加的收入、可以暂缓的支出。不要为了还款借新债。'
        : 'Review income and expenses: is there income to add or spending to pause? Never borrow to repay.';
    case 'legal_aid':
      return zh
        ? `拨打公共法律服务热线 ${alternative.params.hotline}，咨询免费法律援助。不要付费给“代理协商/停息挂账”中介。`
        : `Call the public legal-service hotline ${alternative.params.hotline} for free legal aid. Never pay a "debt negotiation agent".`;
    case 'shenzhen_bankruptcy': {
      const lives = alternative.params.livesInShenzhen;
      const head = zh
        ? '深圳个人破产：适用于在深圳居住、连续参加深圳社保满3年，且因生产经营或生活消费导致丧失清偿能力的人。'
        : 'Shenzhen personal bankruptcy: for people living in Shenzhen with 3 consecutive years of Shenzhen social insurance, whose business or consumer debts they cannot pay.';
      const tail =
        lives === true
          ? zh
            ? '你填写的城市是深圳，可以对照条件了解一下。'
            : 'Your city is Shenzhen: check the conditions.'
          : lives === false
            ? zh
              ? '你填写的城市不是深圳，目前其他地方一般没有个人破产制度。'
              : 'Your city is not Shenzhen; elsewhere there is generally no personal bankruptcy yet.'
            : '';
      return `${head}${tail}`;
    }
  }
}
