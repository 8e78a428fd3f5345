import { parseArgs } from 'node:util';
import {
  analyzeCaseFile,
  caseProgress,
  progressReportJson,
  progressReportText,
  STRATEGIES,
} from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { usageError } from '../input-error.js';
import { caseFileProblems, readCaseFile } from '../read-case-file.js';
import { loadLprTable } from '../user-data.js';
import { parseAsOf } from './analyze.js';
import { parseStrategy } from './plan.js';

export const PROGRESS_USAGE = `shangan progress CASE.json [--strategy ${STRATEGIES.join('|')}] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]`;

/** `shangan progress`: per debt what is paid, what is left, what is next and what was missed. */
export async function progressCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strategy: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw usageError(PROGRESS_USAGE);
  const lang = parseLang(values.lang);
  const strategy = values.strategy === undefined ? undefined : parseStrategy(values.strategy);
  const input = await readCaseFile(path);
  const analyzed = analyzeCaseFile({
    caseFile: input,
    lpr: await loadLprTable(io.env ?? process.env),
    asOf: parseAsOf(values['as-of']),
  });
  if (!analyzed.ok) throw caseFileProblems(path, analyzed.issues);
  const progress = caseProgress(analyzed.value.caseFile, analyzed.value.analysis, strategy);
  write(
    io.stdout,
    values.json
      ? JSON.stringify(progressReportJson(progress, lang), null, 2)
      : progressReportText(progress, lang),
  );
  return EXIT_OK;
}
