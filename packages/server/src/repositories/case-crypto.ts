import { keyringOf } from '../db/case-keyring.js';
import type { Transaction } from '../db/open-database.js';
import { randomBytes } from '../runtime/bytes.js';

/** Format byte of a sealed value; a new format gets a new byte, so old rows stay readable. */
const FORMAT = 1;
/** 96-bit nonces, GCM's native size; random per value (a key seals at most a case's rows). */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * What a sealed value is bound to (GCM's additional data): the kind of row and its id, so the
 * bytes of one row cannot be moved into another and read as it. An evidence chunk's also names its
 * place and the file's number of chunks (`evidence:<id>:<seq>:<count>`, see evidence-chunks.ts).
 */
export type SealedPart = `contact:${string}` | `evidence:${string}`;

/** Sealed bytes that do not open: altered, moved to another place, or not this case's. */
export class SealedDataError extends Error {
  constructor(part: SealedPart, reason: string) {
    super(`sealed ${part.split(':')[0]} ${part.slice(part.indexOf(':') + 1)} cannot be opened: ${reason}`);
    this.name = 'SealedDataError';
  }
}

/**
 * Seals and opens with one case's key, fetched once (a file's chunks need it many times). WebCrypto,
 * so the same code runs in Node and in a browser's worker: its AES-GCM answers as promises (in Node
 * from the thread pool).
 */
export interface CaseSealer {
  seal(part: SealedPart, plain: Uint8Array): Promise<Uint8Array>;
  open(part: SealedPart, sealed: Uint8Array): Promise<Uint8Array>;
}

/**
 * Imported keys by their raw bytes: every keyring hands out the same bytes for a case as long as
 * it keeps them (per transaction for the table), so a case file's hundred contacts import once.
 */
const importedKeys = new WeakMap<Uint8Array, Promise<SealingKey>>();

/** WebCrypto's CryptoKey (named so: Node's types declare it in node:crypto, browsers' globally). */
type SealingKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

function cryptoKeyOf(raw: Uint8Array<ArrayBuffer>): Promise<SealingKey> {
  let key = importedKeys.get(raw);
  if (key === undefined) {
    key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    importedKeys.set(raw, key);
  }
  return key;
}

export async function caseSealer(tx: Transaction, caseId: string): Promise<CaseSealer> {
  const key = await cryptoKeyOf(await keyringOf(tx).keyFor(tx, caseId));
  return { seal: (part, plain) => seal(key, part, plain), open: (part, sealed) => open(key, part, sealed) };
}

/**
 * Seals bytes of one case with the case's data key (AES-256-GCM): FORMAT · IV · tag · ciphertext.
 * Destroying the key (deleting the case) leaves every copy of these bytes unreadable (ADR 0025).
 */
export async function sealForCase(
  tx: Transaction,
  caseId: string,
  part: SealedPart,
  plain: Uint8Array,
): Promise<Uint8Array> {
  return (await caseSealer(tx, caseId)).seal(part, plain);
}

/** The bytes sealForCase sealed; SealedDataError if the key is not the case's or the bytes were altered. */
export async function openForCase(
  tx: Transaction,
  caseId: string,
  part: SealedPart,
  sealed: Uint8Array,
): Promise<Uint8Array> {
  return (await caseSealer(tx, caseId)).open(part, sealed);
}

const encoder = new TextEncoder();

async function seal(key: SealingKey, part: SealedPart, plain: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES);
  const params = { name: 'AES-GCM', iv, additionalData: encoder.encode(part), tagLength: TAG_BYTES * 8 };
  // WebCrypto gives ciphertext · tag; the stored format has the tag first.
  const out = new Uint8Array(await crypto.subtle.encrypt(params, key, plain as Uint8Array<ArrayBuffer>));
  const bodyBytes = out.byteLength - TAG_BYTES;
  const sealed = new Uint8Array(1 + IV_BYTES + out.byteLength);
  sealed[0] = FORMAT;
  sealed.set(iv, 1);
  sealed.set(out.subarray(bodyBytes), 1 + IV_BYTES);
  sealed.set(out.subarray(0, bodyBytes), 1 + IV_BYTES + TAG_BYTES);
  return sealed;
}

async function open(key: SealingKey, part: SealedPart, sealed: Uint8Array): Promise<Uint8Array> {
  if (sealed[0] !== FORMAT) throw new SealedDataError(part, 'unknown format');
  if (sealed.byteLength < 1 + IV_BYTES + TAG_BYTES) throw new SealedDataError(part, 'truncated');
  const iv = sealed.slice(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const body = sealed.subarray(1 + IV_BYTES + TAG_BYTES);
  const joined = new Uint8Array(body.byteLength + TAG_BYTES);
  joined.set(body);
  joined.set(tag, body.byteLength);
  const params = { name: 'AES-GCM', iv, additionalData: encoder.encode(part), tagLength: TAG_BYTES * 8 };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, joined));
  } catch {
    // GCM checks the tag before anything is returned: nothing unchecked is ever handed out.
    throw new SealedDataError(part, 'altered, out of place or sealed with another key');
  }
}

/** A JSON value sealed as UTF-8. */
export async function sealJson(tx: Transaction, caseId: string, part: SealedPart, value: unknown) {
  return sealForCase(tx, caseId, part, encoder.encode(JSON.stringify(value)));
}

export async function openJson(
  tx: Transaction,
  caseId: string,
  part: SealedPart,
  sealed: Uint8Array,
): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await openForCase(tx, caseId, part, sealed)));
}
