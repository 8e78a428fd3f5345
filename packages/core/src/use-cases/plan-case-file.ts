import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { LprTable } from '../lpr/lpr-table.js';
import { type CasePlan, type PlanOptions, planCase } from '../plan/plan-case.js';
import { analyzeCaseFile } from './analyze-case-file.js';
import type { UseCaseResult } from './use-case-result.js';

export interface PlanRequest {
  caseFile: CaseFile;
  lpr: LprTable;
  asOf?: CalendarDate | undefined;
  options?: PlanOptions;
}

/** `shangan plan` / `GET …/plan`: analyse a parsed case file, then plan its repayment. */
export function planCaseFile({
  caseFile: input,
  lpr,
  asOf,
  options,
}: PlanRequest): UseCaseResult<{ caseFile: CaseFile; analysis: CaseAnalysis; plan: CasePlan }> {
  const analyzed = analyzeCaseFile({ caseFile: input, lpr, asOf });
  if (!analyzed.ok) return analyzed;
  const { caseFile, analysis } = analyzed.value;
  return { ok: true, value: { caseFile, analysis, plan: planCase(caseFile, analysis, options) } };
}
