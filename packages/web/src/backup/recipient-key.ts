import { bech32 } from '@scure/base';

/**
 * What is wrong with a pasted public key, so the message can say what to do:
 * - `missing`: nothing pasted;
 * - `secret_key`: a private key (`AGE-SECRET-KEY-1…`), which must never be shared;
 * - `not_age_key`: not an age public key at all (it starts with `age1`);
 * - `unsupported_key`: an age key of another kind (post-quantum `age1pq1…`, a tag `age1tag1…`);
 * - `damaged_key`: starts right, but a character is missing or mistyped (the checksum fails).
 */
export type RecipientProblem = 'missing' | 'secret_key' | 'not_age_key' | 'unsupported_key' | 'damaged_key';

export type RecipientResult = { ok: true; recipient: string } | { ok: false; problem: RecipientProblem };

/** An X25519 age public key carries 32 bytes. */
const KEY_BYTES = 32;

/**
 * A helper's public key as pasted or scanned: spaces and line breaks a chat app adds are removed,
 * and an all-capitals key (as a QR code's alphanumeric mode gives it) is read as lower case, as
 * bech32 allows. Only X25519 recipients (`age1…`, what `age-keygen` and 上岸 make) are accepted.
 */
export function parseRecipient(text: string): RecipientResult {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { ok: false, problem: 'missing' };
  if (/^AGE-SECRET-KEY-/i.test(compact)) return { ok: false, problem: 'secret_key' };
  const key = compact === compact.toUpperCase() ? compact.toLowerCase() : compact;
  if (!key.startsWith('age1')) return { ok: false, problem: 'not_age_key' };
  if (key.startsWith('age1pq1') || key.startsWith('age1tag'))
    return { ok: false, problem: 'unsupported_key' };
  try {
    const decoded = bech32.decode(key as `${string}1${string}`);
    const bytes = bech32.fromWords(decoded.words);
    if (decoded.prefix !== 'age' || bytes.length !== KEY_BYTES) return { ok: false, problem: 'damaged_key' };
  } catch {
    return { ok: false, problem: 'damaged_key' };
  }
  return { ok: true, recipient: key };
}
