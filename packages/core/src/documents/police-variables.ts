import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import { contractCashFlows } from '../analysis/contract-cash-flows.js';
import type { Debt } from '../case/case-schema.js';
import { daysBetween } from '../dates/date-arithmetic.js';
import type { UnlicensedSign } from '../findings/finding.js';
import type { DocumentVariables } from './document-variables.js';
import { BLANK } from './offer-variables.js';

/**
 * Above this true annual rate (simple) the loan is treated as usury for the police report, which
 * then cites 刑法 第293条之一 (collecting illegal debts such as those from usury). It is the line the
 * courts' and prosecutors' notices on illegal lending use; the letter states the rate, not the line.
 */
const USURY_LINE = 0.36;

const SIGN_TEXT: Record<UnlicensedSign, string> = {
  declared: '据我了解，对方没有放贷资质（没有公示的金融许可证或地方金融管理部门的批准）',
  short_term: '借款期限只有7天或14天左右',
  large_deduction: '放款时预先扣除了很大一部分借款',
};

/** What the police report states besides the debt's figures. */
export function policeVariables(debt: Debt, analysis: DebtAnalysis): DocumentVariables['police'] {
  const lastDue = contractCashFlows(debt)?.due.at(-1)?.date;
  return {
    hasTerm: lastDue !== undefined,
    termDays: lastDue === undefined ? BLANK : String(daysBetween(debt.contractDate, lastDue)),
    isUsurious: analysis.apr !== null && analysis.apr.simple > USURY_LINE,
    signs: (analysis.unlicensed?.signs ?? []).map((sign) => SIGN_TEXT[sign]),
  };
}
