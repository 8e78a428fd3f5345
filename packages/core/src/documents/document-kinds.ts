/**
 * The documents the product writes for one debt: the call script, the negotiation letter
 * (协商还款申请书), the hardship request (特殊困难减免申请), the agreement checklist and draft, the
 * complaint, the objection to a payment order (支付令异议书), the credit-report objection
 * (征信异议申请), the written limitation defence (诉讼时效抗辩通知书: limitation may have run, the
 * person refuses to perform), the police report (报案材料) for an unlicensed lender, the request for
 * the papers and the breakdown of the claim (借款资料及欠款明细申请), the notice to stop contacting
 * third parties (停止联系第三人告知函) and, once paid off, the request for a settlement certificate
 * and a correct credit report (结清证明及征信更新申请), and the written defence when the person is sued
 * (民事答辩状). Which of them fit a debt is `documentKindsFor`.
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
  'statement_request',
  'stop_third_party',
  'certificate_request',
  'lawsuit_defence',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['md', 'html', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
