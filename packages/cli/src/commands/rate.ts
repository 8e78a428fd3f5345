import { parseArgs } from 'node:util';
import { computeRate } from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, usageError } from '../input-error.js';
import { readJsonFromStdin } from '../read-json-input.js';

export const RATE_USAGE =
  'echo \'{"cashflows":[99000,-8833.3,…],"periodsPerYear":12}\' | shangan rate   (or {"flows":[{"date":"2024-01-01","amount":-1000},…]})';

/** `shangan rate`: IRR with 单利/复利 annualisation, or XIRR, from JSON on standard input. */
export async function rateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  if (positionals.length > 0) throw usageError(RATE_USAGE);
  // JSON out; the language is that of the problems, which main words (cli-language.ts).
  parseLang(values.lang);
  const result = computeRate(await readJsonFromStdin(io));
  if (!result.ok) throw new InputError(result.issues);
  write(io.stdout, JSON.stringify(result.value));
  return EXIT_OK;
}
