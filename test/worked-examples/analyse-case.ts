// Runs a worked example the way `shangan analyze` and `shangan plan` do, in-process.
import {
  analyzeCaseFile,
  type CaseAnalysis,
  type CaseFile,
  type CasePlan,
  createLprTable,
  type DebtAnalysis,
  planCase,
  validateCaseFile,
} from '@shangan/core';

export interface WorkedExample {
  caseFile: CaseFile;
  analysis: CaseAnalysis;
  plan: CasePlan;
  debt: DebtAnalysis;
}

/** Analyses and plans a one-debt case file; throws on an invalid file (a bug in the example). */
export function analyseCase(caseFile: object): WorkedExample {
  const parsed = validateCaseFile(caseFile);
  if (!parsed.ok) throw new Error(`invalid worked example: ${JSON.stringify(parsed.issues)}`);
  const result = analyzeCaseFile({ caseFile: parsed.value, lpr: createLprTable() });
  if (!result.ok) throw new Error(`invalid worked example: ${JSON.stringify(result.issues)}`);
  const { analysis } = result.value;
  const debt = analysis.debts[0];
  if (!debt) throw new Error('a worked example has one debt');
  return { caseFile: result.value.caseFile, analysis, plan: planCase(result.value.caseFile, analysis), debt };
}

/** Yuan as fen, for comparing with the reference figures (which are printed in yuan). */
export const fenOf = (yuan: string) => Math.round(Number(yuan) * 100);

/**
 * The reference rounds once per payment and at the end; the product rounds at every boundary (each
 * due date, rate change and payment). Each boundary can move a figure by at most half a fen.
 */
export const withinFen = (actual: number, expectedYuan: string, fen: number) =>
  Math.abs(actual - fenOf(expectedYuan)) <= fen;

export const BUDGET = {
  monthlyIncome: '6000',
  expenses: { housing: '1500', food: '1200', transport: '300', utilities: '200' },
};
