import { parseArgs } from 'node:util';
import { importMessages, messagesReportJson, messagesReportText } from '@shangan/core';
import { type CliIo, EXIT_OK, localToday, MAX_STDIN_BYTES, readAll, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, inputError, usageError } from '../input-error.js';
import { readCaseFile } from '../read-case-file.js';
import { parseDateOption } from './analyze.js';

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
  if (extra.length > 0) throw usageError(MESSAGE_USAGE);
  if (values.debt !== undefined && path === undefined) {
    throw inputError({ path: '--debt', code: 'debt_needs_case_file', params: {} });
  }
  const lang = parseLang(values.lang);
  const today = parseDateOption('--today', values.today ?? io.today ?? localToday());
  const caseFile = path === undefined ? undefined : await readCaseFile(path);
  const text = await readAll(io.stdin);
  if (text === undefined) {
    throw inputError({ path: '(stdin)', code: 'input_too_large', params: { limitBytes: MAX_STDIN_BYTES } });
  }
  const result = importMessages({ text: text.replace(/^\uFEFF/, ''), today, caseFile, debtId: values.debt });
  if (!result.ok) {
    throw new InputError(
      result.issues.map((issue) => ({
        ...issue,
        path:
          issue.path === 'text' ? '(stdin)' : issue.path === 'debtId' ? '--debt' : `(stdin) ${issue.path}`,
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
