import { analyzeCase, type CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import { parseCaseFileText } from '../case/parse-case-file.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { LprTable } from '../lpr/lpr-table.js';
import type { UseCaseResult } from './use-case-result.js';

export interface AnalyzeRequest {
  /** The case file's text, as read from disk or an upload. */
  text: string;
  lpr: LprTable;
  /** Overrides the file's asOf. */
  asOf?: CalendarDate | undefined;
}

/** `shangan analyze` / `GET …/analysis`: parse, validate and analyse a case file. */
export function analyzeCaseFile({
  text,
  lpr,
  asOf,
}: AnalyzeRequest): UseCaseResult<{ caseFile: CaseFile; analysis: CaseAnalysis }> {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) return parsed;
  const effectiveAsOf = asOf ?? parsed.value.asOf;
  const tooEarly = parsed.value.debts.findIndex((debt) => debt.contractDate > effectiveAsOf);
  const orderTooLate = parsed.value.debts.findIndex(
    (debt) => debt.paymentOrderReceived !== undefined && debt.paymentOrderReceived > effectiveAsOf,
  );
  if (orderTooLate >= 0) {
    return {
      ok: false,
      issues: [
        {
          path: `debts[${orderTooLate}].paymentOrderReceived`,
          message: `收到支付令日期晚于分析日期 ${effectiveAsOf} (payment order date is after the analysis date)`,
        },
      ],
    };
  }
  if (tooEarly >= 0) {
    return {
      ok: false,
      issues: [
        {
          path: `debts[${tooEarly}].contractDate`,
          message: `合同日期晚于分析日期 ${effectiveAsOf} (contract date is after the analysis date)`,
        },
      ],
    };
  }
  return {
    ok: true,
    value: { caseFile: parsed.value, analysis: analyzeCase(parsed.value, lpr, effectiveAsOf) },
  };
}
