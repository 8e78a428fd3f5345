import { Inflate } from 'fflate';
import { ExpectedError, invalidInput } from '../errors/expected-error.js';
import { nextTurn } from '../runtime/next-turn.js';
import { sha256Hex, sha256Stream } from '../runtime/sha256.js';
import { entryData, type ZipEntry } from './zip-directory.js';

/** An entry's bytes, exactly its declared size, and their SHA-256 (hex). */
export interface EntryContent {
  content: Uint8Array;
  sha256: string;
}

/**
 * Deflated data is inflated this many bytes at a time, with a turn of the event loop between slices
 * (fflate runs on it, in Node as in a browser's worker). Deflate expands at most about 1032:1, so
 * one slice gives at most about 16 MB before the size check below can stop a lying entry.
 */
const INFLATE_SLICE_BYTES = 16 * 1024;

/**
 * Reads one entry, whose declared size has already been checked against its limit, without holding
 * the event loop: deflated data is inflated a slice at a time, and inflation stops at the first
 * slice that goes beyond the declared size (a directory may lie). A size other than the declared
 * one is 'entry_size_mismatch'; damaged data, encryption or another method 'invalid_zip'.
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
  return { content: data, sha256: await sha256Hex(data) };
}

async function inflate(data: Uint8Array, entry: ZipEntry): Promise<EntryContent> {
  const content = new Uint8Array(entry.size);
  const hash = sha256Stream();
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.byteLength > entry.size) throw sizeMismatch(entry);
    content.set(chunk, size);
    hash.update(chunk);
    size += chunk.byteLength;
  });
  try {
    for (let offset = 0; offset < data.byteLength; offset += INFLATE_SLICE_BYTES) {
      const end = offset + INFLATE_SLICE_BYTES;
      inflater.push(data.subarray(offset, end), end >= data.byteLength);
      await nextTurn();
    }
    if (data.byteLength === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    throw invalidInput([{ path: entry.name, code: 'invalid_zip', params: {} }]);
  }
  if (size !== entry.size) throw sizeMismatch(entry);
  return { content, sha256: hash.hex() };
}
