import { parseArgs } from 'node:util';
import {
  type CalendarDate,
  importMessages,
  messagesReportJson,
  messagesReportText,
  parseCalendarDate,
} from '@shangan/core';
import { type CliIo, EXIT_OK, localToday, readAll, write } from '../cli-io.js';
import { InputError, usageError } from '../input-error.js';
import { readCaseFile } from '../read-case-file.js';
import { parseLang } from './analyze.js';

export const MESSAGE_USAGE =
  'shangan message [CASE.json] [--debt ID] [--today YYYY-MM-DD] [--json] [--lang zh|en] < messages.txt';

/**
 * `shangan message`: collection messages (SMS, app messages, call notes; several at once, a blank
 * line between them) on standard input → per message the sender, lender, amount, deadline, number,
 * staff id and flags, the contact-log entries to add (text verbatim, with its SHA-256) and the
 * daily summary for a complaint. With a case file each message is linked to its debt.
 */
export async function messageCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      debt: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (extra.length > 0) throw usageError(`用法 (usage): ${MESSAGE_USAGE}`);
  if (values.debt !== undefined && path === undefined) {
    throw new InputError([
      { path: '--debt', message: '指定债务需要同时给出案件文件 CASE.json (--debt needs the case file)' },
    ]);
  }
  const lang = parseLang(values.lang);
  const today = parseToday(values.today ?? io.today ?? localToday());
  const caseFile = path === undefined ? undefined : await readCaseFile(path);
  const text = await readAll(io.stdin);
  if (text === undefined) {
    throw new InputError([
      { path: '(stdin)', message: '输入过大，最多 2 MB (input too large: at most 2 MB)' },
    ]);
  }
  const result = importMessages({ text: text.replace(/^\uFEFF/, ''), today, caseFile, debtId: values.debt });
  if (!result.ok) {
    throw new InputError(
      result.issues.map((issue) => ({
        path:
          issue.path === 'text' ? '(stdin)' : issue.path === 'debtId' ? '--debt' : `(stdin) ${issue.path}`,
        message: issue.message,
      })),
    );
  }
  write(
    io.stdout,
    values.json
      ? JSON.stringify(messagesReportJson(result.value, lang), null, 2)
      : messagesReportText(result.value, lang),
  );
  return EXIT_OK;
}

function parseToday(value: string): CalendarDate {
  const today = parseCalendarDate(value);
  if (!today) {
    throw new InputError([
      { path: '--today', message: '不是有效日期，格式为 YYYY-MM-DD (not a valid date, use YYYY-MM-DD)' },
    ]);
  }
  return today;
}
