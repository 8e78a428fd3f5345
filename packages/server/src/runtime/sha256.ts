import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from './bytes.js';

/**
 * SHA-256 without node:crypto. Whole buffers go to WebCrypto (native, and in Node off the event
 * loop, on the thread pool); a hash fed piece by piece (a file read chunk after chunk) or needed
 * synchronously uses @noble/hashes, plain JavaScript at about 170 MB/s here, since WebCrypto has
 * no incremental digest.
 */

/** The SHA-256 (hex) of a whole buffer. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Never over a SharedArrayBuffer here, which WebCrypto would refuse.
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** The SHA-256 of UTF-8 text or bytes, at once (small inputs: tokens, bucket names). */
export function sha256Now(input: string | Uint8Array): Uint8Array {
  return sha256(typeof input === 'string' ? new TextEncoder().encode(input) : input);
}

/** A SHA-256 fed piece by piece. */
export interface Sha256Stream {
  update(piece: Uint8Array): void;
  /** The hex digest of every piece so far; the stream is used up. */
  hex(): string;
}

export function sha256Stream(): Sha256Stream {
  const hash = sha256.create();
  return {
    update: (piece) => {
      hash.update(piece);
    },
    hex: () => toHex(hash.digest()),
  };
}
