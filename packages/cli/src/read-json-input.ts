import { type CliIo, readAll } from './cli-io.js';
import { InputError } from './input-error.js';

/** Reads JSON from standard input, or throws an InputError that says what is wrong. */
export async function readJsonFromStdin(io: CliIo): Promise<unknown> {
  const text = await readAll(io.stdin);
  if (text === undefined) {
    throw new InputError([
      { path: '(stdin)', message: '输入过大，最多 2 MB (input too large: at most 2 MB)' },
    ]);
  }
  if (text.trim() === '') {
    throw new InputError([
      {
        path: '(stdin)',
        message: '没有输入，请通过标准输入提供 JSON (no input: pipe JSON into standard input)',
      },
    ]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError([{ path: '(stdin)', message: `不是有效的 JSON (not valid JSON): ${detail}` }]);
  }
}
