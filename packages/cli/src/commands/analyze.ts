import { parseArgs } from 'node:util';
import {
  analyzeCaseFile,
  type CalendarDate,
  caseReportJson,
  caseReportText,
  type Lang,
  parseCalendarDate,
} from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { InputError, usageError } from '../input-error.js';
import { caseFileProblems, readCaseFile } from '../read-case-file.js';
import { loadLprTable } from '../user-data.js';

export const ANALYZE_USAGE = 'shangan analyze CASE.json [--as-of YYYY-MM-DD] [--json] [--lang zh|en]';

/** `shangan analyze`: a readable report (Chinese by default) or the JSON the API also returns. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw usageError(`用法 (usage): ${ANALYZE_USAGE}`);
  const lang = parseLang(values.lang);
  const asOf = parseAsOf(values['as-of']);
  const caseFile = await readCaseFile(path);
  const result = analyzeCaseFile({ caseFile, lpr: await loadLprTable(io.env ?? process.env), asOf });
  if (!result.ok) throw caseFileProblems(path, result.issues);
  const { analysis } = result.value;
  write(
    io.stdout,
    values.json ? JSON.stringify(caseReportJson(analysis, lang), null, 2) : caseReportText(analysis, lang),
  );
  return EXIT_OK;
}

export function parseAsOf(value: string | undefined): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const asOf = parseCalendarDate(value);
  if (!asOf) {
    throw new InputError([
      { path: '--as-of', message: '不是有效日期，格式为 YYYY-MM-DD (not a valid date, use YYYY-MM-DD)' },
    ]);
  }
  return asOf;
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'zh-CN') return 'zh';
  if (value === 'en') return 'en';
  throw new InputError([{ path: '--lang', message: '应为 zh 或 en (expected zh or en)' }]);
}
