import { invalidInput } from '../errors/expected-error.js';
import { MAX_JSON_BYTES } from '../http/read-body.js';
import { type ArchiveLimits, EVIDENCE_PREFIX, JSON_ENTRIES } from './archive-limits.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/**
 * The entries an import may read, by name, after checking what the zip directory declares and
 * before inflating anything: at most `maxEntries` entries, case.json at most `maxCaseFileBytes`, the
 * other JSON entries at most MAX_JSON_BYTES
 * and each evidence entry at most the evidence limit uncompressed, and their sum at most the
 * archive limit. Other entries (folders, a tool's extras such as __MACOSX/) are never read.
 */
export function checkedDirectory(zip: Uint8Array, limits: ArchiveLimits): Map<string, ZipEntry> {
  const readable = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of readZipDirectory(zip, limits.maxEntries)) {
    const limit = entryLimit(entry.name, limits);
    if (limit === undefined) continue;
    // Two entries of one name could show a checker one file and the import another.
    if (readable.has(entry.name)) {
      throw invalidInput([{ path: entry.name, code: 'invalid_zip', params: {} }]);
    }
    if (entry.size > limit) {
      throw invalidInput([{ path: entry.name, code: 'entry_too_large', params: { limitBytes: limit } }]);
    }
    total += entry.size;
    if (total > limits.maxArchiveBytes) {
      throw invalidInput([
        { path: '', code: 'archive_too_large', params: { limitBytes: limits.maxArchiveBytes } },
      ]);
    }
    readable.set(entry.name, entry);
  }
  return readable;
}

function entryLimit(name: string, limits: ArchiveLimits): number | undefined {
  if (name === 'case.json') return limits.maxCaseFileBytes;
  if ((JSON_ENTRIES as readonly string[]).includes(name)) return MAX_JSON_BYTES;
  if (name.startsWith(EVIDENCE_PREFIX) && !name.endsWith('/')) return limits.maxEvidenceBytes;
  return undefined;
}
