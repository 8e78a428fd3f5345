import type { ExtractedMessage } from './message-types.js';
import { foldText } from './normalize-text.js';

/** What a debt needs for matching: its id and the lender's name as the person wrote it. */
export interface DebtRef {
  id: string;
  lender: string;
}

export type DebtLink =
  /** One debt's lender matches the message's signature or platform name (or --debt said so). */
  | { debtId: string; candidates: string[]; basis: 'chosen' | 'matched' }
  /** None or several match: the person chooses among `candidates` (every debt when none match). */
  | { debtId: null; candidates: string[]; basis: 'ambiguous' | 'unmatched' };

/** Words every lender's name may carry; left out when comparing names. */
const GENERIC =
  /有限责任公司|股份有限公司|有限公司|股份|公司|信用卡中心|信用卡|中心|客服|贷后|催收|科技|集团|\(中国\)/g;
/** A name that says only what kind of firm it is matches nothing. */
const KIND_ONLY = /^(?:银行|金融|小贷|贷款|消费金融|小额贷款|平台|借款)$/;

/**
 * Links a message to the debt it is about. A debt matches when its lender's name contains the
 * message's signature or platform name, or the other way round, after folding (traditional,
 * full-width) and leaving out words such as 有限公司 and 信用卡中心: "招商銀行" matches
 * "招商银行信用卡中心", "招联金融" matches "招联消费金融有限公司". One match links; otherwise the
 * debt stays open and the interface asks.
 */
export function linkDebt(
  message: ExtractedMessage,
  debts: readonly DebtRef[],
  chosenDebtId?: string,
): DebtLink {
  const all = debts.map((debt) => debt.id);
  if (chosenDebtId !== undefined)
    return { debtId: chosenDebtId, candidates: [chosenDebtId], basis: 'chosen' };
  const names = [message.signature?.value, message.lender?.value]
    .filter((name): name is string => name !== undefined)
    .map(core)
    .filter((name) => name.length >= 2 && !KIND_ONLY.test(name));
  const matches = debts.filter((debt) => {
    const lender = core(debt.lender);
    return (
      lender.length >= 2 &&
      !KIND_ONLY.test(lender) &&
      names.some((name) => lender.includes(name) || name.includes(lender) || sharePrefix(lender, name))
    );
  });
  const [only] = matches;
  if (matches.length === 1 && only) return { debtId: only.id, candidates: [only.id], basis: 'matched' };
  if (matches.length > 1)
    return { debtId: null, candidates: matches.map((debt) => debt.id), basis: 'ambiguous' };
  return { debtId: null, candidates: all, basis: 'unmatched' };
}

/** The distinctive part of a lender's name: folded, generic words and spaces removed. */
function core(name: string): string {
  return foldText(name).replace(GENERIC, '').replace(/\s/g, '').toLowerCase();
}

/**
 * "招联金融" and "招联消费金融": brand names share their first two characters and both still name
 * a financial firm. Two characters alone are weak, so both must also end alike (金融 / 银行 / 小贷).
 */
function sharePrefix(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  const kind = /(银行|金融|小贷|贷款|消费金融)$/;
  return kind.exec(a)?.[1]?.slice(-2) === kind.exec(b)?.[1]?.slice(-2) && kind.test(a);
}
