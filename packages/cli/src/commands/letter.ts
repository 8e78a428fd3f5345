import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type DocumentFormat,
  type DocumentKind,
  STRATEGIES,
  type StrategyName,
  writeDocument,
} from '@shangan/core';
import { renderDocx } from '@shangan/docx';
import { type CliIo, EXIT_OK, write } from '../cli-io.js';
import { parseLang } from '../cli-language.js';
import { InputError, inputError, usageError } from '../input-error.js';
import { caseFileProblems, readCaseFile } from '../read-case-file.js';
import { loadLprTable } from '../user-data.js';
import { parseAsOf } from './analyze.js';

export const LETTER_USAGE = `shangan letter CASE.json --debt ID --kind ${DOCUMENT_KINDS.join('|')} [--format md|html|docx] [-o FILE] [--strategy NAME] [--mask] [--as-of YYYY-MM-DD] [--lang zh|en]`;

/**
 * `shangan letter`: one document for one debt. Markdown and HTML go to standard output unless -o
 * is given; a DOCX is always written to a file (its own name in the current directory by default).
 * A letter goes to the lender, a court or the police, who check the person's identity by the full
 * ID and phone numbers: they are printed in full. --mask hides them for a copy to share. A kind that
 * does not fit the debt (a negotiation letter to an unlicensed lender, a limitation defence where
 * limitation has not run) exits 2 naming the kinds that do.
 */
export async function letterCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      debt: { type: 'string' },
      kind: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      strategy: { type: 'string' },
      mask: { type: 'boolean' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0 || values.debt === undefined || values.kind === undefined) {
    throw usageError(LETTER_USAGE);
  }
  const lang = parseLang(values.lang);
  const kind = oneOf<DocumentKind>('--kind', values.kind, DOCUMENT_KINDS);
  const format = oneOf<DocumentFormat>('--format', values.format ?? 'md', DOCUMENT_FORMATS);
  const strategy =
    values.strategy === undefined
      ? undefined
      : oneOf<StrategyName>('--strategy', values.strategy, STRATEGIES);
  const asOf = parseAsOf(values['as-of']);
  const caseFile = await readCaseFile(path);
  const result = await writeDocument({
    caseFile,
    lpr: await loadLprTable(io.env ?? process.env),
    asOf,
    debtId: values.debt,
    kind,
    format,
    strategy,
    mask: values.mask ?? false,
    renderDocx,
  });
  if (!result.ok && 'code' in result) throw new InputError(result.issues);
  if (!result.ok) throw caseFileProblems(path, result.issues);
  const document = result.value;
  const output = values.output ?? (format === 'docx' ? document.fileName : undefined);
  if (output === undefined) {
    write(io.stdout, document.body as string);
    return EXIT_OK;
  }
  await writeFile(output, document.body);
  write(io.stdout, lang === 'zh' ? `已写入：${output}` : `written: ${output}`);
  return EXIT_OK;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (!match) {
    throw inputError({ path: option, code: 'not_one_of', params: { allowed: [...allowed] } });
  }
  return match;
}
