import { parseArgs } from 'node:util';
import { type CalendarDate, caseReportJson, caseReportText, parseCalendarDate } from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { inputError, usageError } from '../input-error.js';
import { readAnalyzedCaseFile } from '../read-analyzed-case.js';

export const ANALYZE_USAGE = 'shangan analyze CASE.json [--as-of YYYY-MM-DD] [--json] [--lang zh|en]';

/** `shangan analyze`: a readable report (Chinese by default) or the JSON the API also returns. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw usageError(ANALYZE_USAGE);
  const lang = parseLang(values.lang);
  const asOf = parseAsOf(values['as-of']);
  const { analysis } = await readAnalyzedCaseFile(path, io, asOf);
  write(
    io.stdout,
    values.json ? JSON.stringify(caseReportJson(analysis, lang), null, 2) : caseReportText(analysis, lang),
  );
  return EXIT_OK;
}

export function parseAsOf(value: string | undefined): CalendarDate | undefined {
  return value === undefined ? undefined : parseDateOption('--as-of', value);
}

/** A date option ('--as-of', '--today', '--first-due'): a calendar date that exists. */
export function parseDateOption(option: string, value: string): CalendarDate {
  const day = parseCalendarDate(value);
  if (!day) throw inputError({ path: option, code: 'invalid_date', params: {} });
  return day;
}
