import type { Context } from 'hono';
import { findUnstorableText } from '../store/storable-text.js';
import { ApiError, invalidInput } from './api-error.js';

/** JSON bodies: a case file is at most 2 MB (the CLI's limit); everything else is far smaller. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

/** Reads a request body up to `limit` bytes without buffering more; 413 beyond it. */
export async function readBytes(c: Context, limit: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJson(c: Context, limit = MAX_JSON_BYTES): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json')) {
    throw new ApiError(415, 'unsupported_media_type', '请求体应为 JSON (expected application/json)');
  }
  const text = new TextDecoder().decode(await readBytes(c, limit));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', '请求体不是有效的 JSON (body is not valid JSON)', [
      { path: '(根)', message: '不是有效的 JSON (not valid JSON)' },
    ]);
  }
  // Valid JSON that PostgreSQL could not store ("\u0000", a lone "\ud83d") is refused here, by field.
  const unstorable = findUnstorableText(value);
  if (unstorable) throw invalidInput([unstorable]);
  return value;
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'too_large', `请求体过大，上限 ${Math.round(limit / 1024)} KB (body too large)`);
}
