/**
 * Who lent the money decides which rule caps the rate:
 * private — a person or an ordinary company (民间借贷);
 * bank, consumer_finance (持牌消费金融公司), microloan (小额贷款公司, incl. 网络小贷),
 * credit_card, other_licensed (融资担保, 典当, 融资租赁, 商业保理…) — licensed financial lenders;
 * unlicensed — no licence (714高炮, 套路贷); unknown — the person does not know yet.
 */
export const LENDER_TYPES = [
  'private',
  'bank',
  'consumer_finance',
  'microloan',
  'credit_card',
  'other_licensed',
  'unlicensed',
  'unknown',
] as const;
export type LenderType = (typeof LENDER_TYPES)[number];
