import { parseArgs } from 'node:util';
import { caseProgress, progressReportJson, progressReportText, STRATEGIES } from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { usageError } from '../input-error.js';
import { readAnalyzedCaseFile } from '../read-analyzed-case.js';
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
  const { caseFile, analysis } = await readAnalyzedCaseFile(path, io, parseAsOf(values['as-of']));
  const progress = caseProgress(caseFile, analysis, strategy);
  write(
    io.stdout,
    values.json
      ? JSON.stringify(progressReportJson(progress, lang), null, 2)
      : progressReportText(progress, lang),
  );
  return EXIT_OK;
}
