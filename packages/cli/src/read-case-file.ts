import { readFile, stat } from 'node:fs/promises';
import { type CaseFile, MAX_CASE_FILE_BYTES, parseCaseFileText } from '@shangan/core';
import type { CliIssue } from './cli-issue.js';
import { InputError, inputError } from './input-error.js';

/** The case file's problems, under one heading that names the file. */
export function caseFileProblems(path: string, issues: readonly CliIssue[]): InputError {
  return new InputError(issues, { kind: 'case_file', path, count: issues.length });
}

/** Reads and parses a case file: the CLI's boundary, where text becomes a checked CaseFile. */
export async function readCaseFile(path: string): Promise<CaseFile> {
  const parsed = parseCaseFileText(await readCaseFileText(path));
  if (!parsed.ok) throw caseFileProblems(path, parsed.issues);
  return parsed.value;
}

async function readCaseFileText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw inputError({ path, code: 'not_a_file', params: {} });
    if (info.size > MAX_CASE_FILE_BYTES) {
      throw inputError({ path, code: 'file_too_large', params: { limitBytes: MAX_CASE_FILE_BYTES } });
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(
      code === 'ENOENT'
        ? { path, code: 'file_not_found', params: {} }
        : { path, code: 'file_unreadable', params: { reason: code ?? String(error) } },
    );
  }
}
