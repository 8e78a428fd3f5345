import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { HelperIdentity } from './age-file';

/** A helper's key pair: the private key stays in this browser, the public key is given out. */
export interface HelperKeyPair {
  identity: HelperIdentity;
  /** The public key, `age1…`: what the person pastes or scans. */
  recipient: string;
}

/**
 * A new X25519 key pair. Where the browser's WebCrypto has X25519, the private key is a
 * non-extractable CryptoKey: stored in IndexedDB, usable to decrypt, but no script (not even this
 * app's) can read it out. Elsewhere (older browsers) it is age's `AGE-SECRET-KEY-1…` text.
 */
export async function createHelperKeyPair(): Promise<HelperKeyPair> {
  let identity: HelperIdentity;
  try {
    const pair = (await crypto.subtle.generateKey({ name: 'X25519' }, false, [
      'deriveBits',
    ])) as CryptoKeyPair;
    identity = pair.privateKey;
  } catch {
    identity = await generateX25519Identity();
  }
  return { identity, recipient: await identityToRecipient(identity) };
}
