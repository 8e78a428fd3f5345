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
 * bytes of one row cannot be moved into another and read as it.
 */
export type SealedPart = `contact:${string}` | `evidence:${string}`;

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
  const key = await keyringOf(tx).keyFor(tx, caseId);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(part, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body]);
}

/** The bytes sealForCase sealed; throws if the key is not the case's or the bytes were altered. */
export async function openForCase(
  tx: Transaction,
  caseId: string,
  part: SealedPart,
  sealed: Uint8Array,
): Promise<Uint8Array> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes[0] !== FORMAT) throw new Error(`sealed ${part.split(':')[0]}: unknown format`);
  const key = await keyringOf(tx).keyFor(tx, caseId);
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(part, 'utf8'));
  decipher.setAuthTag(tag);
  return new Uint8Array(
    Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]),
  );
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
