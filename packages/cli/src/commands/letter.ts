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
import { InputError, usageError } from '../input-error.js';
import { loadLprTable } from '../user-data.js';
import { parseAsOf, readCaseFile } from './analyze.js';

export const LETTER_USAGE = `shangan letter CASE.json --debt ID --kind ${DOCUMENT_KINDS.join('|')} [--format md|html|docx] [-o FILE] [--strategy NAME] [--reveal] [--as-of YYYY-MM-DD]`;

/**
 * `shangan letter`: one document for one debt. Markdown and HTML go to standard output unless -o
 * is given; a DOCX is always written to a file (its own name in the current directory by default).
 * Phone and ID numbers are masked unless --reveal is given.
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
      reveal: { type: 'boolean' },
      'as-of': { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0 || values.debt === undefined || values.kind === undefined) {
    throw usageError(`用法 (usage): ${LETTER_USAGE}`);
  }
  const kind = oneOf<DocumentKind>('--kind', values.kind, DOCUMENT_KINDS);
  const format = oneOf<DocumentFormat>('--format', values.format ?? 'md', DOCUMENT_FORMATS);
  const strategy =
    values.strategy === undefined
      ? undefined
      : oneOf<StrategyName>('--strategy', values.strategy, STRATEGIES);
  const asOf = parseAsOf(values['as-of']);
  const text = await readCaseFile(path);
  const result = await writeDocument({
    text,
    lpr: await loadLprTable(io.env ?? process.env),
    asOf,
    debtId: values.debt,
    kind,
    format,
    strategy,
    reveal: values.reveal ?? false,
    renderDocx,
  });
  if (!result.ok) {
    throw new InputError(
      result.issues,
      `${path} 有 ${result.issues.length} 处问题 (${result.issues.length} problem(s)):`,
    );
  }
  const document = result.value;
  const output = values.output ?? (format === 'docx' ? document.fileName : undefined);
  if (output === undefined) {
    write(io.stdout, document.body as string);
    return EXIT_OK;
  }
  await writeFile(output, document.body);
  write(io.stdout, `已写入 (written): ${output}`);
  return EXIT_OK;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (!match) {
    throw new InputError([
      { path: option, message: `应为 ${allowed.join(' | ')} 之一 (must be one of these)` },
    ]);
  }
  return match;
}
