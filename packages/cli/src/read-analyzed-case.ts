import { analyzeCaseFile, type CalendarDate, type CaseAnalysis, type CaseFile } from '@shangan/core';
import type { CliIo } from './cli-io.js';
import { caseFileProblems, readCaseFile } from './read-case-file.js';
import { loadLprTable } from './user-data.js';

/** The case file at `path`, read, checked and analysed on `asOf` with the person's LPR table. */
export async function readAnalyzedCaseFile(
  path: string,
  io: CliIo,
  asOf: CalendarDate | undefined,
): Promise<{ caseFile: CaseFile; analysis: CaseAnalysis }> {
  const input = await readCaseFile(path);
  const analyzed = analyzeCaseFile({ caseFile: input, lpr: await loadLprTable(io.env ?? process.env), asOf });
  if (!analyzed.ok) throw caseFileProblems(path, analyzed.issues);
  return analyzed.value;
}
