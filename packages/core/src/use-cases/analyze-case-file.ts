import { analyzeCase, type CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { LprTable } from '../lpr/lpr-table.js';
import type { UseCaseResult } from './use-case-result.js';

export interface AnalyzeRequest {
  /** A parsed case file: each front end parses its own input (a file, a request, a stored case). */
  caseFile: CaseFile;
  lpr: LprTable;
  /** Overrides the file's asOf. */
  asOf?: CalendarDate | undefined;
}

/** `shangan analyze` / `GET …/analysis`: analyse a case file as of its date (or another). */
export function analyzeCaseFile({
  caseFile,
  lpr,
  asOf,
}: AnalyzeRequest): UseCaseResult<{ caseFile: CaseFile; analysis: CaseAnalysis }> {
  const effectiveAsOf = asOf ?? caseFile.asOf;
  const tooEarly = caseFile.debts.findIndex((debt) => debt.contractDate > effectiveAsOf);
  const orderTooLate = caseFile.debts.findIndex(
    (debt) => debt.paymentOrderReceived !== undefined && debt.paymentOrderReceived > effectiveAsOf,
  );
  if (orderTooLate >= 0) {
    return {
      ok: false,
      issues: [
        {
          path: `debts[${orderTooLate}].paymentOrderReceived`,
          code: 'after_as_of',
          params: { asOf: effectiveAsOf },
        },
      ],
    };
  }
  if (tooEarly >= 0) {
    return {
      ok: false,
      issues: [
        { path: `debts[${tooEarly}].contractDate`, code: 'after_as_of', params: { asOf: effectiveAsOf } },
      ],
    };
  }
  return {
    ok: true,
    value: { caseFile, analysis: analyzeCase(caseFile, lpr, effectiveAsOf) },
  };
}
