import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { LenderType } from '../law/lender-type.js';
import { type Fen, fen } from '../money/fen.js';

/**
 * How a debt is dealt with: negotiate with the lender; raise limitation (nothing is paid: paying or
 * agreeing would give the defence up, 民法典 第192条); or, for an unlicensed lender, report it
 * (110, 地方金融管理局) rather than negotiate: nothing is paid to the operator, and the figure a
 * court may order (the principal received plus at most LPR interest) is named, not scheduled.
 */
export type PlanRoute = 'negotiate' | 'limitation_defence' | 'unlicensed';

/** What the planner needs to know about one debt, taken from its analysis. */
export interface PlanDebt {
  id: string;
  lenderType: LenderType;
  route: PlanRoute;
  /** What a court would likely support on the analysis date. */
  supported: Fen;
  claimed: Fen | null;
  /** Principal still owed on the court's basis (cash received minus principal repaid). */
  principalOutstanding: Fen;
  /** Annual simple true rate, or null when it cannot be computed. */
  trueRate: number | null;
  /**
   * What an instalment plan pays: the court-supportable amount, or the claim when the lender asks
   * for less. Paying more than a court would likely order is a concession, never the plan.
   */
  instalmentTarget: Fen;
  /** What a one-off settlement pays: the principal outstanding, never more than instalmentTarget. */
  settlementAmount: Fen;
}

export function toPlanDebt(debt: DebtAnalysis): PlanDebt {
  const { supported, claimed, principalOutstanding } = debt.legal;
  const route: PlanRoute =
    debt.legal.limitation.state === 'possibly_expired'
      ? 'limitation_defence'
      : debt.unlicensed
        ? 'unlicensed'
        : 'negotiate';
  // Only a debt one negotiates is paid by the plan.
  const instalmentTarget =
    route === 'negotiate' ? fen(claimed === null ? supported : Math.min(supported, claimed)) : fen(0);
  return {
    id: debt.id,
    lenderType: debt.lenderType,
    route,
    supported,
    claimed,
    principalOutstanding,
    trueRate: debt.apr?.simple ?? null,
    instalmentTarget,
    settlementAmount: fen(Math.min(principalOutstanding, instalmentTarget)),
  };
}
