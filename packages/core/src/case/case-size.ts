import { CONTACT_TEXT_LIMITS } from './contact-schema.js';

/**
 * How large a case file can grow. Everything but the contact log is small (a few KB per debt);
 * the log grows with every call, so its size is bounded by a number of contacts, and the file's
 * byte limit is derived from that number: a case at its contact limit stays a file `shangan` reads.
 */

/** The most contacts a server may allow per case (its MAX_CONTACTS_PER_CASE is at most this). */
export const MAX_CONTACTS_CEILING = 2000;

/** A case file without its contact log: the header and up to 200 debts. */
const CASE_FILE_WITHOUT_CONTACTS_BYTES = 2 * 1024 * 1024;

/**
 * One contact with every text at its limit in Chinese (3 UTF-8 bytes a character), plus its keys,
 * time, channel and flags and an export's indentation (1 KB).
 */
export const MAX_CONTACT_BYTES =
  Object.values(CONTACT_TEXT_LIMITS).reduce((sum, limit) => sum + limit, 0) * 3 + 1024;

/** The largest case file: the rest of the file plus MAX_CONTACTS_CEILING full contacts (about 83 MB). */
export const MAX_CASE_FILE_BYTES =
  CASE_FILE_WITHOUT_CONTACTS_BYTES + MAX_CONTACTS_CEILING * MAX_CONTACT_BYTES;
