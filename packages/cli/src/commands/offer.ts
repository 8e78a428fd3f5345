import { parseArgs } from 'node:util';
import {
  type CalendarDate,
  type Fen,
  moneyField,
  offerReportJson,
  offerReportText,
  toValidationIssues,
  weighOffer,
} from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, inputError, usageError } from '../input-error.js';
import { readAnalyzedCaseFile } from '../read-analyzed-case.js';
import { parseAsOf, parseDateOption } from './analyze.js';

export const OFFER_USAGE =
  'shangan offer CASE.json --debt ID --total YUAN [--down YUAN] [--periods N] [--first-due YYYY-MM-DD] [--conditions TEXT] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]';

/** `shangan offer`: weighs a lender's offer against the budget, the other debts and the law. */
export async function offerCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      debt: { type: 'string' },
      total: { type: 'string' },
      down: { type: 'string' },
      periods: { type: 'string' },
      'first-due': { type: 'string' },
      conditions: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0 || values.debt === undefined || values.total === undefined) {
    throw usageError(OFFER_USAGE);
  }
  const lang = parseLang(values.lang);
  const total = parseAmount('--total', values.total, 'positive');
  const down = values.down === undefined ? undefined : parseAmount('--down', values.down, 'nonnegative');
  const periods = parsePeriods(values.periods);
  const firstDue = parseFirstDue(values['first-due']);
  if (down !== undefined && down > total) {
    throw inputError({ path: '--down', code: 'down_above_total', params: {} });
  }
  const { caseFile, analysis } = await readAnalyzedCaseFile(path, io, parseAsOf(values['as-of']));
  if (!analysis.debts.some((debt) => debt.id === values.debt)) {
    const known = analysis.debts.map((debt) => debt.id);
    throw inputError({ path: '--debt', code: 'unknown_debt', params: { id: values.debt, known } });
  }
  const weighing = weighOffer(caseFile, analysis, {
    debtId: values.debt,
    total,
    ...(down === undefined ? {} : { down }),
    ...(periods === undefined ? {} : { periods }),
    ...(firstDue === undefined ? {} : { firstDue }),
    ...(values.conditions === undefined ? {} : { conditions: values.conditions }),
  });
  write(
    io.stdout,
    values.json
      ? JSON.stringify(offerReportJson(weighing, analysis, lang), null, 2)
      : offerReportText(weighing, analysis, lang),
  );
  return EXIT_OK;
}

function parseAmount(option: string, value: string, min: 'positive' | 'nonnegative'): Fen {
  const parsed = moneyField({ min }).safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      toValidationIssues(parsed.error, value).map((issue) => ({ ...issue, path: option })),
    );
  }
  return parsed.data;
}

function parsePeriods(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const periods = Number(value);
  if (!/^\d+$/.test(value) || periods < 1 || periods > 120) {
    throw inputError({ path: '--periods', code: 'out_of_range', params: { minimum: 1, maximum: 120 } });
  }
  return periods;
}

function parseFirstDue(value: string | undefined): CalendarDate | undefined {
  return value === undefined ? undefined : parseDateOption('--first-due', value);
}
