import { invalidInput } from '../errors/expected-error.js';

/** One entry as the zip's central directory declares it; nothing of its data has been read. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  /** Bit 0 set: encrypted, refused when read. */
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares: checked before reading, enforced while reading. */
  size: number;
  localHeaderOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const END_RECORD_BYTES = 22;
const ENTRY_RECORD_BYTES = 46;
// The end record may be followed by a comment of up to 65,535 bytes.
const MAX_COMMENT_BYTES = 0xffff;

const notAZip = (path = '') => invalidInput([{ path, code: 'invalid_zip', params: {} }]);

/**
 * The entries of a zip from its central directory alone, in directory order, refusing more than
 * `maxEntries` before parsing them: nothing is inflated here, so declared sizes can be checked first.
 * A zip64 archive (no export is one) declares 0xFFFF entries or 0xFFFFFFFF sizes: over the limits.
 */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count > maxEntries) {
    throw invalidInput([{ path: '', code: 'too_many_entries', params: { limit: maxEntries } }]);
  }
  if (directoryOffset + directorySize > end) throw notAZip();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + ENTRY_RECORD_BYTES > end || view.getUint32(at, true) !== ENTRY_SIGNATURE) throw notAZip();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + ENTRY_RECORD_BYTES + nameLength + extraLength + commentLength;
    if (next > end) throw notAZip();
    let name: string;
    try {
      name = decoder.decode(zip.subarray(at + ENTRY_RECORD_BYTES, at + ENTRY_RECORD_BYTES + nameLength));
    } catch {
      throw notAZip();
    }
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw notAZip();
}

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;

/** Where the entry's compressed bytes lie in the zip, from its local header; 'invalid_zip' if outside. */
export function entryData(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (at + LOCAL_HEADER_BYTES > zip.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw notAZip(entry.name);
  }
  const start = at + LOCAL_HEADER_BYTES + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > zip.byteLength) throw notAZip(entry.name);
  return zip.subarray(start, start + entry.compressedSize);
}
