import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyringOf } from '../db/case-keyring.js';
import type { Transaction } from '../db/open-database.js';

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

/** Seals and opens with one case's key, fetched once (a file's chunks need it many times). */
export interface CaseSealer {
  seal(part: SealedPart, plain: Uint8Array): Uint8Array;
  open(part: SealedPart, sealed: Uint8Array): Uint8Array;
}

export async function caseSealer(tx: Transaction, caseId: string): Promise<CaseSealer> {
  const key = await keyringOf(tx).keyFor(tx, caseId);
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

function seal(key: Buffer, part: SealedPart, plain: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(part, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, part: SealedPart, sealed: Uint8Array): Uint8Array {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes[0] !== FORMAT) throw new SealedDataError(part, 'unknown format');
  if (bytes.byteLength < 1 + IV_BYTES + TAG_BYTES) throw new SealedDataError(part, 'truncated');
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(part, 'utf8'));
  decipher.setAuthTag(tag);
  const body = decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES));
  try {
    decipher.final();
  } catch {
    // GCM checks the tag only here; what update returned is never handed out unchecked.
    throw new SealedDataError(part, 'altered, out of place or sealed with another key');
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/** A JSON value sealed as UTF-8. */
export async function sealJson(tx: Transaction, caseId: string, part: SealedPart, value: unknown) {
  return sealForCase(tx, caseId, part, Buffer.from(JSON.stringify(value), 'utf8'));
}

export async function openJson(
  tx: Transaction,
  caseId: string,
  part: SealedPart,
  sealed: Uint8Array,
): Promise<unknown> {
  return JSON.parse(Buffer.from(await openForCase(tx, caseId, part, sealed)).toString('utf8'));
}
