import { parseArgs } from 'node:util';
import {
  createLprTable,
  date,
  type Lang,
  lprFreshness,
  quotationsFromUserFile,
  toValidationIssues,
  unpublishedQuotationIssue,
  userLprFileSchema,
} from '@shangan/core';
import { type CliIo, EXIT_OK, localToday, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, usageError } from '../input-error.js';
import { readUserLprFile, userLprPath, writeUserLprFile } from '../user-data.js';
import { parseDateOption } from './analyze.js';

export const LPR_USAGE = [
  'shangan lpr list [--json] [--lang zh|en]',
  'shangan lpr add YYYY-MM-DD 1Y 5Y [--source TEXT] [--lang zh|en]   e.g. shangan lpr add 2026-02-24 3.00 3.50',
  'shangan lpr check [--as-of YYYY-MM-DD] [--json] [--lang zh|en]',
].join('\n       ');

const STATUS_LABELS: Record<Lang, Record<string, string>> = {
  zh: {
    confirmed_2_sources: '两个来源一致',
    confirmed_1_source: '一个来源',
    derived_no_change: '推定未变',
    user_added: '用户添加',
  },
  en: {
    confirmed_2_sources: '2 sources',
    confirmed_1_source: '1 source',
    derived_no_change: 'derived',
    user_added: 'added by you',
  },
};

const STALE: Record<Lang, string> = {
  zh: '可能缺少新报价：请到全国银行间同业拆借中心或中国人民银行网站核对，并用 shangan lpr add 补充。',
  en: 'possibly stale: check CFETS or the PBOC for newer quotations and add them with shangan lpr add.',
};
const FRESH: Record<Lang, string> = { zh: '报价表是最新的', en: 'the table is up to date' };

/** `shangan lpr list|add|check`: the LPR table, the user's additions, and its freshness. */
export async function lprCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const env = io.env ?? process.env;
  switch (action) {
    case 'list':
      return listLpr(rest, io, env);
    case 'add':
      return addLpr(rest, io, env);
    case 'check':
      return checkLpr(rest, io, env);
    default:
      throw usageError(LPR_USAGE);
  }
}

async function listLpr(args: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
  const lang = parseLang(values.lang);
  const table = createLprTable(quotationsFromUserFile(await readUserLprFile(env)));
  if (values.json) {
    write(io.stdout, JSON.stringify(table.quotations, null, 2));
    return EXIT_OK;
  }
  write(
    io.stdout,
    lang === 'zh'
      ? '日期          1年期       5年期       状态'
      : 'date          1Y          5Y          status',
  );
  for (const q of table.quotations) {
    const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`.padEnd(10);
    write(
      io.stdout,
      `${q.date}    ${pct(q.oneYearBp)}  ${pct(q.fiveYearBp)}  ${STATUS_LABELS[lang][q.status] ?? q.status}`,
    );
  }
  return EXIT_OK;
}

async function addLpr(args: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { source: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang = parseLang(values.lang);
  const [day, oneYear, fiveYear, ...extra] = positionals;
  if (!day || !oneYear || !fiveYear || extra.length > 0) throw usageError(LPR_USAGE);
  const current = await readUserLprFile(env);
  const today = date(io.today ?? localToday());
  const entry = {
    date: day,
    lpr1y: oneYear,
    lpr5y: fiveYear,
    ...(values.source ? { source: values.source } : {}),
    addedOn: today,
  };
  const candidate = { version: 1, quotations: [...current.quotations.filter((q) => q.date !== day), entry] };
  const parsed = userLprFileSchema.safeParse(candidate);
  if (!parsed.success) {
    const index = candidate.quotations.length - 1;
    const names: Record<string, string> = { date: 'DATE', lpr1y: '1Y', lpr5y: '5Y' };
    throw new InputError(
      toValidationIssues(parsed.error, candidate).map((issue) => {
        const field = issue.path.replace(`quotations[${index}].`, '');
        return { ...issue, path: names[field] ?? field };
      }),
    );
  }
  // The rule the API's store follows too: a quotation of a day still to come is not published.
  const unpublished = unpublishedQuotationIssue(entry, today);
  if (unpublished) throw new InputError([{ path: 'DATE', ...unpublished }]);
  parsed.data.quotations.sort((a, b) => (a.date < b.date ? -1 : 1));
  const path = await writeUserLprFile(env, parsed.data);
  write(
    io.stdout,
    lang === 'zh'
      ? `已添加 ${day}：1年期 ${oneYear}%，5年期 ${fiveYear}% → ${path}`
      : `added ${day}: 1Y ${oneYear}%, 5Y ${fiveYear}% → ${path}`,
  );
  return EXIT_OK;
}

async function checkLpr(args: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  const lang = parseLang(values.lang);
  const asOf = parseDateOption('--as-of', values['as-of'] ?? io.today ?? localToday());
  const table = createLprTable(quotationsFromUserFile(await readUserLprFile(env)));
  const freshness = lprFreshness(table, asOf);
  if (values.json) {
    write(io.stdout, JSON.stringify({ asOf, ...freshness, userFile: userLprPath(env) }));
    return EXIT_OK;
  }
  const latest = freshness.latestDate ?? '-';
  const days = freshness.daysOld ?? '-';
  write(
    io.stdout,
    lang === 'zh'
      ? `最新报价：${latest}，距 ${asOf} ${days} 天`
      : `latest quotation: ${latest}, ${days} days before ${asOf}`,
  );
  write(io.stdout, (freshness.stale ? STALE : FRESH)[lang]);
  return EXIT_OK;
}
