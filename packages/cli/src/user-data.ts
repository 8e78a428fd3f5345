import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createLprTable,
  type LprTable,
  parseJsonText,
  quotationsFromUserFile,
  toValidationIssues,
  type UserLprFile,
  userLprFileSchema,
} from '@shangan/core';
import { InputError } from './input-error.js';

/**
 * Where the user's own data lives: $SHANGAN_HOME, else $XDG_CONFIG_HOME/shangan, else
 * ~/.config/shangan. Never inside the installed package, so updates never overwrite it.
 */
export function userDataDir(env: NodeJS.ProcessEnv): string {
  if (env.SHANGAN_HOME) return env.SHANGAN_HOME;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'shangan');
}

export function userLprPath(env: NodeJS.ProcessEnv): string {
  return join(userDataDir(env), 'lpr.json');
}

/** The user's LPR file, or an empty one if there is none yet. */
export async function readUserLprFile(env: NodeJS.ProcessEnv): Promise<UserLprFile> {
  const path = userLprPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, quotations: [] };
    throw error;
  }
  const json = parseJsonText(text);
  if (!json.ok) throw new InputError([{ path, code: 'invalid_json', params: json.at }]);
  const value = json.value;
  const parsed = userLprFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      toValidationIssues(parsed.error, value).map((issue) => ({ ...issue, path: `${path}: ${issue.path}` })),
      { kind: 'user_lpr_file', path },
    );
  }
  return parsed.data;
}

/** Writes atomically (temp file, then rename) so a crash never leaves half a file. */
export async function writeUserLprFile(env: NodeJS.ProcessEnv, file: UserLprFile): Promise<string> {
  const path = userLprPath(env);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
  return path;
}

/** The built-in quotations plus the user's own. */
export async function loadLprTable(env: NodeJS.ProcessEnv): Promise<LprTable> {
  return createLprTable(quotationsFromUserFile(await readUserLprFile(env)));
}
