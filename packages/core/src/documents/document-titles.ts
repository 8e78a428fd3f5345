import type { DocumentKind } from './document-kinds.js';

/** The title of each document, also its file name stem. */
export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  script: '电话协商脚本',
  negotiation: '协商还款申请书',
  hardship: '特殊困难减免申请',
  agreement: '书面协议核对清单与还款协议草案',
  complaint: '投诉信',
  payment_order_objection: '支付令异议书',
  credit_objection: '征信异议申请',
  limitation_defence: '诉讼时效抗辩通知书',
  police_report: '报案材料',
  statement_request: '借款资料及欠款明细申请',
  stop_third_party: '停止联系第三人告知函',
  certificate_request: '结清证明及征信更新申请',
  lawsuit_defence: '民事答辩状',
};
