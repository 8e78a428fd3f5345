import {
  type CaseFileInput,
  createLprTable,
  type Fen,
  type Lang,
  type LprTable,
  type PlanReportJson,
  planCaseFile,
  planReportJson,
  type UseCaseResult,
  validateCaseFile,
} from '@shangan/core';

/** Amounts tried instead of the budget's; a missing one stays the budget's. */
export interface CapacityOverride {
  monthly?: Fen;
  lumpSum?: Fen;
}

let builtIn: LprTable | undefined;

/**
 * The plan for what-if amounts, computed in the browser with exactly what the server runs for
 * `GET /api/cases/:id/plan?monthly=&lumpSum=`: `planCaseFile` on the parsed case file with the
 * LPR table the server uses for the case (the built-in one plus its owner's quotations, from
 * `GET /api/cases/:id/lpr`), then `planReportJson`. The numbers are therefore the server's (a test
 * holds the two to deep equality for every example), only without the round trip, so the sliders
 * answer at once. The screen renders this shape whether it came from the server or from here.
 */
export function planInBrowser(
  caseFile: CaseFileInput,
  lang: Lang,
  override: CapacityOverride,
  lpr?: LprTable,
): UseCaseResult<PlanReportJson> {
  builtIn ??= createLprTable();
  const checked = validateCaseFile(caseFile);
  if (!checked.ok) return checked;
  const result = planCaseFile({
    caseFile: checked.value,
    lpr: lpr ?? builtIn,
    options: { capacityOverride: override },
  });
  if (!result.ok) return result;
  const { plan, analysis, caseFile: parsed } = result.value;
  return { ok: true, value: planReportJson(plan, analysis, parsed, lang) };
}
