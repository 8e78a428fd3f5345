/**
 * The documents the product writes for one debt: the call script, the negotiation letter
 * (协商还款申请书), the hardship request (特殊困难减免申请), the agreement checklist and draft, the
 * complaint, the objection to a payment order (支付令异议书), the credit-report objection
 * (征信异议申请), the written limitation defence (诉讼时效抗辩通知书: limitation may have run, the
 * person refuses to perform) and the police report (报案材料) for an unlicensed lender. Which of them
 * fit a debt is `documentKindsFor`.
 */
export const DOCUMENT_KINDS = [
  'script',
  'negotiation',
  'hardship',
  'agreement',
  'complaint',
  'payment_order_objection',
  'credit_objection',
  'limitation_defence',
  'police_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['md', 'html', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
