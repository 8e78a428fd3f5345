import { MAX_FILE_NAME_BYTES } from '@shangan/contract';
import { MAX_CONTACT_BYTES } from '@shangan/core';
import { MAX_JSON_BYTES } from '../http/read-body.js';

/** What an imported archive may hold; the export of a case within the case limits always fits. */
export interface ArchiveLimits {
  /** The upload itself, and the sum of the declared uncompressed sizes of the entries read. */
  maxArchiveBytes: number;
  /** One evidence entry, uncompressed: the same limit as an upload of evidence. */
  maxEvidenceBytes: number;
  /** Entries in the zip directory, counted before anything else is read. */
  maxEntries: number;
  /** case.json, uncompressed: it carries the contact log, so it grows with the contact limit. */
  maxCaseFileBytes: number;
}

/**
 * case.json of a case at its contact limit: the rest of the case file (MAX_JSON_BYTES, the limit of
 * a case file sent as JSON) plus every contact with every text full.
 */
export function caseFileEntryLimit(maxContactsPerCase: number): number {
  return MAX_JSON_BYTES + maxContactsPerCase * MAX_CONTACT_BYTES;
}

/** The JSON entries of an export, each at most MAX_JSON_BYTES uncompressed (the case-file limit). */
export const JSON_ENTRIES = ['manifest.json', 'case.json', 'log.json'] as const;

/** Evidence entries are named evidence/NNNN-<file name>; anything else in a zip is never read. */
export const EVIDENCE_PREFIX = 'evidence/';

/**
 * Far above the screenshots and recordings of any real case (tens, a few hundred), and it bounds the
 * zip directory parsed before the first check and the headers an export adds per file.
 */
export const MAX_ARCHIVE_ENTRIES = 5000;

// The longest entry name an export writes: "evidence/NNNN-" and a file name of at most
// MAX_FILE_NAME_BYTES of UTF-8 (sanitizeFileName cuts every stored name to that).
const MAX_ENTRY_NAME_BYTES = `${EVIDENCE_PREFIX}0000-`.length + MAX_FILE_NAME_BYTES;

// Per entry the zip adds a local header (30 bytes + name), a data descriptor (16) and a directory
// record (46 + name); the archive ends with a 22-byte end record.
const ZIP_ENTRY_OVERHEAD = 30 + 16 + 46 + 2 * MAX_ENTRY_NAME_BYTES;
const ZIP_END_RECORD = 22;

// Deflate never grows data by more than a 5-byte stored-block header per 64 KiB; 64 KiB per JSON
// entry is far above that for 2 MB.
const DEFLATE_SLACK = 64 * 1024;

/**
 * The bytes an archive needs beyond its evidence: the JSON entries at their limit and the zip
 * structure at the entry limit. An export carries evidence stored as is (never deflated), so a case
 * with at most `maxArchiveBytes - archiveHeadroom()` bytes of evidence exports to an archive within
 * `maxArchiveBytes` both as an upload and uncompressed: an export always re-imports.
 */
export function archiveHeadroom(maxCaseFileBytes: number, maxEntries = MAX_ARCHIVE_ENTRIES): number {
  const json =
    (JSON_ENTRIES.length - 1) * (MAX_JSON_BYTES + DEFLATE_SLACK) + maxCaseFileBytes + DEFLATE_SLACK;
  return json + maxEntries * ZIP_ENTRY_OVERHEAD + ZIP_END_RECORD;
}

/** The limits of an import on this server. */
export function archiveLimits(config: {
  maxArchiveBytes: number;
  maxEvidenceBytes: number;
  maxContactsPerCase: number;
}): ArchiveLimits {
  return {
    maxArchiveBytes: config.maxArchiveBytes,
    maxEvidenceBytes: config.maxEvidenceBytes,
    maxEntries: MAX_ARCHIVE_ENTRIES,
    maxCaseFileBytes: caseFileEntryLimit(config.maxContactsPerCase),
  };
}
