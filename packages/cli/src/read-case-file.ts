import { readFile, stat } from 'node:fs/promises';
import { type CaseFile, MAX_CASE_FILE_BYTES, parseCaseFileText, type ValidationIssue } from '@shangan/core';
import { InputError } from './input-error.js';

/** The case file's problems, under one heading that names the file. */
export function caseFileProblems(path: string, issues: readonly ValidationIssue[]): InputError {
  return new InputError(issues, `${path} 有 ${issues.length} 处问题 (${issues.length} problem(s)):`);
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
    if (!info.isFile()) throw new InputError([{ path, message: '不是文件 (not a file)' }]);
    if (info.size > MAX_CASE_FILE_BYTES) {
      throw new InputError([
        { path, message: '文件过大，案件文件不超过 2 MB (file too large: a case file is at most 2 MB)' },
      ]);
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? '找不到文件 (file not found)'
        : `无法读取文件 (cannot read the file): ${code ?? String(error)}`;
    throw new InputError([{ path, message }]);
  }
}
