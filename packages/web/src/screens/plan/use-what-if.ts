import type { CaseFileInput, Fen, Lang, PlanReportJson, UseCaseResult } from '@shangan/core';
import { useEffect, useState } from 'preact/hooks';
import { planInBrowser } from './browser-plan';

/** The two amounts the sliders try. */
export interface TriedAmounts {
  monthly: Fen;
  lumpSum: Fen;
}

export interface WhatIf {
  /** The amounts being tried; null while on the budget's figures (the server's plan is shown). */
  amounts: TriedAmounts | null;
  setAmounts: (amounts: TriedAmounts | null) => void;
  /** The plan for `amounts`, computed in the browser; undefined while on the budget. */
  result: UseCaseResult<PlanReportJson> | undefined;
}

/**
 * Plans the tried amounts in the browser. A drag fires many input events: each one only moves the
 * slider, and the plan is computed once in the next animation frame for the latest amounts (a newer
 * input cancels the frame), so the slider never waits for the planner. Until then the previous
 * plan stays on screen.
 */
export function useWhatIf(caseFile: CaseFileInput, lang: Lang): WhatIf {
  const [amounts, setAmounts] = useState<TriedAmounts | null>(null);
  const [result, setResult] = useState<UseCaseResult<PlanReportJson>>();
  useEffect(() => {
    if (amounts === null) {
      setResult(undefined);
      return;
    }
    const frame = requestAnimationFrame(() => setResult(planInBrowser(caseFile, lang, amounts)));
    return () => cancelAnimationFrame(frame);
  }, [amounts, caseFile, lang]);
  return { amounts, setAmounts, result };
}
