import type { LenderType } from '../law/lender-type.js';

export interface ComplaintRoute {
  regulator: string;
  channel: string;
}

/**
 * Who supervises the lender (shared/reference/legal.md §8): banks, consumer-finance companies and
 * card issuers — 国家金融监督管理总局 (NFRA, since 2023; never "银保监会"); microloan and other
 * local financial firms — the local 地方金融管理局; unlicensed lenders — the 地方金融管理局 too, the
 * police having the 报案材料 of their own (legal.md §14 K8). The 12378
 * hotline number is not confirmed in a primary source, so the letter asks the person to check it.
 */
export function complaintRoute(lenderType: LenderType): ComplaintRoute {
  switch (lenderType) {
    case 'bank':
    case 'consumer_finance':
    case 'credit_card':
      return {
        regulator: '国家金融监督管理总局（或当地金融监管局/分局）',
        channel: '消费者投诉热线12378（请以官方公布的号码为准）或书面投诉',
      };
    case 'microloan':
    case 'other_licensed':
      return {
        regulator: '当地地方金融管理局（各地名称可能不同）',
        channel: '该局官方网站或政务服务平台公布的投诉渠道',
      };
    case 'unlicensed':
      // The police get their own document (报案材料); the complaint goes to the local regulator.
      return {
        regulator: '当地地方金融管理局（各地名称可能不同）',
        channel: '该局官方网站或政务服务平台公布的投诉、举报渠道；同时向公安机关（110）报案（见报案材料）',
      };
    case 'private':
      return {
        regulator: '当地公安机关（出现威胁、骚扰时）',
        channel: '拨打110或到派出所报案；借款金额的争议可通过人民法院调解或诉讼解决',
      };
    case 'unknown':
      return {
        regulator: '放款机构的监管部门（先查清放款机构）',
        channel:
          '银行、消费金融公司：国家金融监督管理总局12378（请以官方公布为准）；小额贷款公司：当地地方金融管理局',
      };
  }
}
