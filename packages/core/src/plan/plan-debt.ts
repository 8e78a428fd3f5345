import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { LenderType } from '../law/lender-type.js';
import { type Fen, fen } from '../money/fen.js';

/** What the planner needs to know about one debt, taken from its analysis. */
export interface PlanDebt {
  id: string;
  lenderType: LenderType;
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
  const instalmentTarget = fen(claimed === null ? supported : Math.min(supported, claimed));
  return {
    id: debt.id,
    lenderType: debt.lenderType,
    supported,
    claimed,
    principalOutstanding,
    trueRate: debt.apr?.simple ?? null,
    instalmentTarget,
    settlementAmount: fen(Math.min(principalOutstanding, instalmentTarget)),
  };
}
