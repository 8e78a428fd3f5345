/**
 * What an offer must have in writing before the first payment (legal.md §7, §8 and the product's
 * agreement checklist): a written agreement, the official account to pay into, what is waived,
 * that collection stops, how it is reported to the credit bureau, and a settlement certificate.
 */
export const OFFER_CHECKLIST = [
  'written_agreement',
  'official_account',
  'waived_amount',
  'stop_collection',
  'credit_reporting',
  'settlement_certificate',
] as const;
export type OfferChecklistItem = (typeof OFFER_CHECKLIST)[number];

/** Words in the offer's recorded conditions that show an item is covered. */
const COVERED_BY: Record<Exclude<OfferChecklistItem, 'waived_amount'>, RegExp> = {
  written_agreement: /书面|协议|确认函|盖章/,
  official_account: /对公|官方账户|官方收款|公司账户/,
  stop_collection: /停止催收|不再催收/,
  credit_reporting: /征信/,
  settlement_certificate: /结清证明|结清凭证/,
};

/** The checklist items the offer, as recorded, does not cover yet. */
export function checklistGaps(offer: { conditions?: string; waived?: number }): OfferChecklistItem[] {
  const conditions = offer.conditions ?? '';
  return OFFER_CHECKLIST.filter((item) =>
    item === 'waived_amount' ? offer.waived === undefined : !COVERED_BY[item].test(conditions),
  );
}
