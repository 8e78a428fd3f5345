import { createHash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { createInflateRaw } from 'node:zlib';
import { ExpectedError, invalidInput } from '../errors/expected-error.js';
import { entryData, type ZipEntry } from './zip-directory.js';

/** An entry's bytes, exactly its declared size, and their SHA-256 (hex). */
export interface EntryContent {
  content: Uint8Array;
  sha256: string;
}

// Stored data is hashed in slices of this size with a turn of the event loop between them; inflated
// data arrives from zlib's thread pool in chunks of it.
const SLICE_BYTES = 256 * 1024;

/**
 * Reads one entry, whose declared size has already been checked against its limit, without blocking
 * the event loop: deflated data is inflated by zlib on the thread pool, chunk by chunk, and inflation
 * stops at the first byte beyond the declared size (a directory may lie). A size other than the
 * declared one is 'entry_size_mismatch'; damaged data, encryption or another method 'invalid_zip'.
 */
export async function readZipEntry(zip: Uint8Array, entry: ZipEntry): Promise<EntryContent> {
  const data = entryData(zip, entry);
  const encrypted = (entry.flags & 1) !== 0;
  if (encrypted || (entry.method !== 0 && entry.method !== 8)) {
    throw invalidInput([{ path: entry.name, code: 'invalid_zip', params: {} }]);
  }
  return entry.method === 0 ? readStored(data, entry) : inflate(data, entry);
}

function sizeMismatch(entry: ZipEntry) {
  return invalidInput([
    { path: entry.name, code: 'entry_size_mismatch', params: { declaredBytes: entry.size } },
  ]);
}

async function readStored(data: Uint8Array, entry: ZipEntry): Promise<EntryContent> {
  if (data.byteLength !== entry.size) throw sizeMismatch(entry);
  const hash = createHash('sha256');
  for (let offset = 0; offset < data.byteLength; offset += SLICE_BYTES) {
    hash.update(data.subarray(offset, offset + SLICE_BYTES));
    await setImmediate();
  }
  return { content: data, sha256: hash.digest('hex') };
}

async function inflate(data: Uint8Array, entry: ZipEntry): Promise<EntryContent> {
  const content = new Uint8Array(entry.size);
  const hash = createHash('sha256');
  const inflater = createInflateRaw({ chunkSize: SLICE_BYTES });
  inflater.end(data);
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (size + chunk.byteLength > entry.size) throw sizeMismatch(entry);
      content.set(chunk, size);
      hash.update(chunk);
      size += chunk.byteLength;
    }
  } catch (error) {
    inflater.destroy();
    if (error instanceof ExpectedError) throw error;
    throw invalidInput([{ path: entry.name, code: 'invalid_zip', params: {} }]);
  }
  if (size !== entry.size) throw sizeMismatch(entry);
  return { content, sha256: hash.digest('hex') };
}
