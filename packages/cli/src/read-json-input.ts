import { parseJsonText } from '@shangan/core';
import { type CliIo, MAX_STDIN_BYTES, readAll } from './cli-io.js';
import { inputError } from './input-error.js';

/** Reads JSON from standard input, or throws an InputError that says what is wrong. */
export async function readJsonFromStdin(io: CliIo): Promise<unknown> {
  const text = await readAll(io.stdin);
  if (text === undefined) {
    throw inputError({ path: '(stdin)', code: 'input_too_large', params: { limitBytes: MAX_STDIN_BYTES } });
  }
  if (text.trim() === '') throw inputError({ path: '(stdin)', code: 'no_input', params: {} });
  const json = parseJsonText(text);
  if (!json.ok) throw inputError({ path: '(stdin)', code: 'invalid_json', params: json.at });
  return json.value;
}
