import type { CaseFileInput, Fen, Lang, LprTable, PlanReportJson, UseCaseResult } from '@shangan/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { planInBrowser } from './browser-plan';

/** The two amounts the sliders try. */
export interface TriedAmounts {
  monthly: Fen;
  lumpSum: Fen;
}

export interface WhatIf {
  /** The amounts being tried; null while on the budget's figures. */
  amounts: TriedAmounts | null;
  setAmounts: (amounts: TriedAmounts | null) => void;
  /** The plan for `amounts` and `order`, computed in the browser; undefined while on the stored case. */
  result: UseCaseResult<PlanReportJson> | undefined;
}

/**
 * Plans the tried amounts, or a creditor order not saved yet (`order`, null while on the stored
 * one), in the browser; on neither, the server's plan is shown. A drag fires many input events:
 * each one only moves the slider, and the plan is computed once in the next animation frame for
 * the latest amounts (a newer input cancels the frame), so the slider never waits for the planner.
 * Until then the previous plan stays on screen. `lpr` is the table the server computes the case with.
 */
export function useWhatIf(
  caseFile: CaseFileInput,
  lang: Lang,
  order: readonly string[] | null,
  lpr: LprTable,
): WhatIf {
  const [amounts, setAmounts] = useState<TriedAmounts | null>(null);
  const [result, setResult] = useState<UseCaseResult<PlanReportJson>>();
  const tried = useMemo(
    () => (order === null ? caseFile : { ...caseFile, plan: { ...caseFile.plan, order: [...order] } }),
    [caseFile, order],
  );
  useEffect(() => {
    if (amounts === null && order === null) {
      setResult(undefined);
      return;
    }
    const frame = requestAnimationFrame(() => setResult(planInBrowser(tried, lang, amounts ?? {}, lpr)));
    return () => cancelAnimationFrame(frame);
  }, [amounts, order, tried, lang, lpr]);
  return { amounts, setAmounts, result };
}
