import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Finding } from '../findings/finding.js';
import { type LprFreshness, type LprTable, lprFreshness } from '../lpr/lpr-table.js';
import { type Fen, fen } from '../money/fen.js';
import { analyzeDebt, type DebtAnalysis } from './analyze-debt.js';

export interface CaseAnalysis {
  asOf: CalendarDate;
  lpr: LprFreshness;
  debts: DebtAnalysis[];
  /**
   * claimed, excess and supportedOfClaimed cover the debts with a claim (so they compare like with
   * like); supported, principalBasis, paid and overpaid cover every debt.
   */
  totals: {
    claimed: Fen;
    supportedOfClaimed: Fen;
    excess: Fen;
    supported: Fen;
    principalBasis: Fen;
    paid: Fen;
    overpaid: Fen;
  };
  /** Findings about the whole case rather than one debt (e.g. an out-of-date LPR table). */
  notices: Finding[];
}

/**
 * Analyses every debt of a case on its `asOf` date (or the date given), with the LPR table the
 * caller supplies (built-in quotations plus the user's own).
 */
export function analyzeCase(
  caseFile: CaseFile,
  lpr: LprTable,
  asOf: CalendarDate = caseFile.asOf,
): CaseAnalysis {
  const debts = caseFile.debts.map((debt) => analyzeDebt(debt, asOf, lpr));
  const freshness = lprFreshness(lpr, asOf);
  const sum = (pick: (d: DebtAnalysis) => number | null) =>
    fen(debts.reduce((total, d) => total + (pick(d) ?? 0), 0));
  const notices: Finding[] = freshness.stale
    ? [
        {
          code: 'lpr_stale',
          params: { latestDate: freshness.latestDate, asOf },
          severity: 'warning',
          // The cap is 4 × the LPR at contract formation (第25条), or at suit for older contracts (第31条).
          citations: ['spc-private-lending-2020b-25', 'spc-private-lending-2020b-31'],
        },
      ]
    : [];
  return {
    asOf,
    lpr: freshness,
    debts,
    totals: {
      claimed: sum((d) => d.legal.claimed),
      supportedOfClaimed: sum((d) => (d.legal.claimed === null ? 0 : d.legal.supported)),
      supported: sum((d) => d.legal.supported),
      excess: sum((d) => d.legal.excess),
      principalBasis: sum((d) => d.legal.principalBasis),
      paid: sum((d) => d.legal.paid),
      overpaid: sum((d) => d.legal.overpaid),
    },
    notices,
  };
}
