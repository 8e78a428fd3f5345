import type { FigureReason } from '../plan/plan-types.js';
import { formatMoney, type Lang } from './format.js';

const CEILING_TARGET = {
  zh: {
    no_claim: '底线：不超过法院可能支持的金额（对方尚未给出主张金额）。',
    claim_at_target: '底线：不超过对方主张的金额。',
  },
  en: {
    no_claim: 'Ceiling: no more than a court would likely support (no claim from the lender yet).',
    claim_at_target: 'Ceiling: no more than the lender claims.',
  },
} as const;

/** One line explaining an opening, target or ceiling figure. */
export function renderFigureReason(reason: FigureReason, lang: Lang): string {
  const m = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, lang);
  const zh = lang === 'zh';
  switch (reason.code) {
    case 'opening_principal':
      return zh
        ? `开价：只还剩余本金 ${m(reason.principalOutstanding)}（按实际到手金额计），请求减免利息、罚息和费用。`
        : `Opening: the principal still owed, ${m(reason.principalOutstanding)} (on the cash actually received), asking that interest, penalties and fees be waived.`;
    case 'opening_claim':
      return zh
        ? `开价：对方主张的 ${m(reason.claimed)} 已低于剩余本金 ${m(reason.principalOutstanding)}，以对方主张为准，不必多还。`
        : `Opening: the ${m(reason.claimed)} claimed is already below the ${m(reason.principalOutstanding)} principal still owed; never offer more than the claim.`;
    case 'opening_settlement_share':
      return zh
        ? `开价：目标结清金额的${Math.round(reason.share * 100)}%，为谈判留出空间（谈判经验，非法律规定）。`
        : `Opening: ${Math.round(reason.share * 100)} % of the settlement aimed for, leaving room to move (negotiation practice, not law).`;
    case 'target_supported':
      return zh
        ? `目标：法院可能支持的金额 ${m(reason.supported)}（本金加上限以内的利息，估算）。`
        : `Target: what a court would likely support, ${m(reason.supported)} (principal plus interest within the cap; an estimate).`;
    case 'target_claimed_lower':
      return zh
        ? `目标：对方主张的 ${m(reason.claimed)}，低于法院可能支持的 ${m(reason.supported)}，不必多还。`
        : `Target: the ${m(reason.claimed)} claimed, below the ${m(reason.supported)} a court would likely support; never pay more.`;
    case 'target_settlement_principal':
      return zh
        ? `目标：一次性结清剩余本金 ${m(reason.principalOutstanding)}，以此换取减免其余利息和费用（法院可能支持 ${m(reason.supported)}）。`
        : `Target: settle the principal still owed, ${m(reason.principalOutstanding)}, in one payment in exchange for waiving the rest (a court would likely support ${m(reason.supported)}).`;
    case 'target_limitation_defence':
      return zh
        ? '目标：不还款。这笔债可能已过诉讼时效：书面提出时效抗辩，不要还款、不要同意分期、不要签字承认，否则会失去抗辩。'
        : 'Target: pay nothing. Limitation may have run: raise it in writing, and do not pay, agree to instalments or sign an acknowledgement, or the defence is lost.';
    case 'target_agreed':
      return zh
        ? `按约定还款：共 ${m(reason.total)}，按协议的日期和金额支付，其余债务分享剩下的还款能力。`
        : `As agreed: ${m(reason.total)} in all, on the agreement's dates and amounts; the other debts share what is left.`;
    case 'target_unlicensed':
      return zh
        ? `目标：不与对方协商。先向公安机关（110）报案、向地方金融管理局反映；最多可能需要返还的是到手本金加不超过一年期LPR的利息，约 ${m(reason.supported)}（可能，各地做法不一），只按警方或法院认定的方式处理，不要转账到个人账户。`
        : `Target: do not negotiate with the lender. Report it to the police (110) and the local financial regulator; at most, the principal received plus interest up to the one-year LPR may have to be returned, about ${m(reason.supported)} (likely; courts differ), and only as the police or a court decide — never into a private account.`;
    case 'target_nothing_due':
      return zh
        ? '目标：按估算已无需再还，可以要求对方核对账目。'
        : 'Target: nothing left to pay on this estimate; ask the lender to check the account.';
    case 'ceiling_target':
      return CEILING_TARGET[lang][reason.reason];
    case 'ceiling_supported':
      return zh
        ? `底线：不超过法院可能支持的 ${m(reason.supported)}。对方主张的 ${m(reason.claimed)} 高出的部分，法院很可能不支持；多付就是额外让步，不是底线。`
        : `Ceiling: no more than the ${m(reason.supported)} a court would likely support. The part of the ${m(reason.claimed)} claim above it would likely not be upheld; paying it would be a concession, not a ceiling.`;
    case 'ceiling_settlement':
      return zh
        ? `底线：不超过分期时要还的 ${m(reason.instalmentTarget)}；一次性资金最多还能多出 ${m(reason.lumpAvailable)} 而不影响其他债务按时还清。`
        : `Ceiling: no more than the ${m(reason.instalmentTarget)} an instalment plan would pay; at most ${m(reason.lumpAvailable)} more of the lump sum can go here without leaving another debt unpaid.`;
  }
}
