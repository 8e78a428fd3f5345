import type { Context, MiddlewareHandler } from 'hono';
import { ExpectedError, invalidInput } from '../errors/expected-error.js';
import { findUnstorableText } from '../repositories/storable-text.js';
import { nextTurn } from '../runtime/next-turn.js';

/** JSON bodies: a case file is at most 2 MB (the CLI's limit); everything else is far smaller. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

const COPY_TURN_BYTES = 4 * 1024 * 1024;

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
  let sinceTurn = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
    sinceTurn += chunk.byteLength;
    // Copying a 160 MB archive in one go held the event loop about 100 ms; other requests get a
    // turn every 4 MB (a millisecond or two of copying).
    if (sinceTurn >= COPY_TURN_BYTES) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  return bytes;
}

/** The media type of the request's body, without parameters: 'application/json'. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Reads and parses a JSON body of at most `limit` bytes: 415 unless JSON, 413, 400 invalid_json. */
export async function readJson(c: Context, limit = MAX_JSON_BYTES): Promise<unknown> {
  return checkedJson(await readJsonText(c, limit));
}

async function readJsonText(c: Context, limit: number): Promise<string> {
  if (mediaType(c) !== 'application/json') {
    throw new ExpectedError({ code: 'unsupported_media_type', params: { expected: 'json' } });
  }
  return new TextDecoder().decode(await readBytes(c, limit));
}

function checkedJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ExpectedError({ code: 'invalid_json', params: {} }, [
      { path: '', code: 'invalid_json', params: {} },
    ]);
  }
  // Valid JSON that PostgreSQL could not store ("\u0000", a lone "\ud83d") is refused here, by field.
  const unstorable = findUnstorableText(value);
  if (unstorable) throw invalidInput([unstorable]);
  return value;
}

/**
 * The JSON body, read with readJson's limits and checks before the route's `validate('json', …)`
 * sees it (Hono's validator would read any size and any content type). The checked text is left
 * in Hono's body cache, from which the validator parses it.
 */
export function jsonBody(limit = MAX_JSON_BYTES): MiddlewareHandler {
  return async (c, next) => {
    const text = await readJsonText(c, limit);
    checkedJson(text);
    // Hono keeps promises in its body cache, though its type names the values (hono/request.js).
    (c.req.bodyCache as unknown as { text?: Promise<string> }).text = Promise.resolve(text);
    await next();
  };
}

function tooLarge(limit: number): ExpectedError {
  return new ExpectedError({ code: 'too_large', params: { limitBytes: limit } });
}
