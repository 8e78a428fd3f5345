import { parseArgs } from 'node:util';
import { computeSchedule } from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, usageError } from '../input-error.js';
import { readJsonFromStdin } from '../read-json-input.js';

export const SCHEDULE_USAGE =
  'echo \'{"method":"equal_installment","principal":"100000","periods":12,"monthlyRate":"0.005"}\' | shangan schedule';

/** `shangan schedule`: a repayment schedule from loan terms given as JSON on standard input. */
export async function scheduleCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  if (positionals.length > 0) throw usageError(SCHEDULE_USAGE);
  // JSON out; the language is that of the problems, which main words (cli-language.ts).
  parseLang(values.lang);
  const result = computeSchedule(await readJsonFromStdin(io));
  if (!result.ok) throw new InputError(result.issues);
  write(io.stdout, JSON.stringify(result.value, null, 2));
  return EXIT_OK;
}
