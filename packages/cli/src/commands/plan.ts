import { parseArgs } from 'node:util';
import {
  type Fen,
  moneyField,
  planCaseFile,
  planReportJson,
  planReportText,
  STRATEGIES,
  type StrategyName,
  toValidationIssues,
} from '@shangan/core';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, inputError, usageError } from '../input-error.js';
import { caseFileProblems, readCaseFile } from '../read-case-file.js';
import { loadLprTable } from '../user-data.js';
import { parseAsOf } from './analyze.js';

export const PLAN_USAGE = `shangan plan CASE.json [--strategy ${STRATEGIES.join('|')}|all] [--monthly YUAN] [--lump-sum YUAN] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]`;

/** `shangan plan`: affordability, what is urgent, and each strategy's plan with per-creditor offers. */
export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strategy: { type: 'string' },
      monthly: { type: 'string' },
      'lump-sum': { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw usageError(PLAN_USAGE);
  const lang = parseLang(values.lang);
  const strategies = parseStrategies(values.strategy);
  const monthly = parseAmount('--monthly', values.monthly);
  const lumpSum = parseAmount('--lump-sum', values['lump-sum']);
  const asOf = parseAsOf(values['as-of']);
  const input = await readCaseFile(path);
  const result = planCaseFile({
    caseFile: input,
    lpr: await loadLprTable(io.env ?? process.env),
    asOf,
    options: {
      strategies,
      // What-if capacity instead of the budget's: the same option as the API's ?monthly=&lumpSum=.
      capacityOverride: {
        ...(monthly === undefined ? {} : { monthly }),
        ...(lumpSum === undefined ? {} : { lumpSum }),
      },
    },
  });
  if (!result.ok) throw caseFileProblems(path, result.issues);
  const { caseFile, analysis, plan } = result.value;
  write(
    io.stdout,
    values.json
      ? JSON.stringify(planReportJson(plan, analysis, caseFile, lang), null, 2)
      : planReportText(plan, analysis, caseFile, lang),
  );
  return EXIT_OK;
}

function parseStrategies(value: string | undefined): readonly StrategyName[] {
  if (value === undefined || value === 'all') return STRATEGIES;
  return [parseStrategy(value, [...STRATEGIES, 'all'])];
}

/** One strategy by name; `allowed` is what the message lists (plan also takes "all"). */
export function parseStrategy(value: string, allowed: readonly string[] = STRATEGIES): StrategyName {
  const name = STRATEGIES.find((strategy) => strategy === value);
  if (!name) throw inputError({ path: '--strategy', code: 'not_one_of', params: { allowed: [...allowed] } });
  return name;
}

/** An amount in yuan ("2575", "1.2万"), never negative; the same rules as every money field. */
function parseAmount(option: '--monthly' | '--lump-sum', value: string | undefined): Fen | undefined {
  if (value === undefined) return undefined;
  const parsed = moneyField({ min: 'nonnegative' }).safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      toValidationIssues(parsed.error, value).map((issue) => ({ ...issue, path: option })),
    );
  }
  return parsed.data;
}
