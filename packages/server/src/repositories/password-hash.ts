import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from './password-hasher.js';

/**
 * Passwords are stored only as scrypt hashes: `scrypt$N$r$p$salt$hash`, salt and hash in base64,
 * with a random 16-byte salt and a 64-byte key. The cost is in the string, so a hash made at an
 * older cost still verifies, and `needsRehash` tells when to replace it.
 */
export type ScryptCost = { N: number; r: number; p: number };

/**
 * OWASP's minimum for scrypt lists equivalent rows (N=2^17,r=8,p=1 … N=2^13,r=8,p=10). This is
 * N=2^14,r=8,p=5: the same work as the first row for 16 MiB per hash instead of 128 MiB, so a burst
 * of logins on a small server (libuv runs four at once) needs 64 MiB, not 512 (ADR 0023).
 */
export const PASSWORD_COST: ScryptCost = { N: 16_384, r: 8, p: 5 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is kept with room for larger N. */
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, cost: ScryptCost, keyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new hash at PASSWORD_COST; tests of other things may pass a cheaper cost explicitly. */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the stored hash was made at another cost than `cost` (so, after a login, is replaced). */
export function needsRehash(stored: string, cost: ScryptCost = PASSWORD_COST): boolean {
  const parsed = parseHash(stored);
  return (
    parsed === null ||
    parsed.cost.N !== cost.N ||
    parsed.cost.r !== cost.r ||
    parsed.cost.p !== cost.p ||
    parsed.key.byteLength !== KEY_BYTES
  );
}

/** True when the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.key.byteLength);
  return timingSafeEqual(key, parsed.key);
}

const HASH_FORMAT =
  /^scrypt\$(\d{1,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const match = HASH_FORMAT.exec(stored);
  if (!match) return null;
  const [, n, r, p, salt, key] = match;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Bounds keep a tampered row from making one login cost unbounded memory or time.
  const powerOfTwo = cost.N > 1 && (cost.N & (cost.N - 1)) === 0;
  if (!powerOfTwo || cost.N > 1_048_576 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16)
    return null;
  if (128 * cost.N * cost.r > MAX_MEMORY / 2) return null;
  const saltBytes = Buffer.from(salt ?? '', 'base64');
  const keyBytes = Buffer.from(key ?? '', 'base64');
  if (saltBytes.byteLength < 8 || keyBytes.byteLength < 16 || keyBytes.byteLength > 128) return null;
  return { cost, salt: saltBytes, key: keyBytes };
}

/** The server's password hasher (password-hasher.ts): scrypt at PASSWORD_COST. */
export const scryptPasswords: PasswordHasher = {
  hash: (password) => hashPassword(password),
  verify: verifyPassword,
  needsRehash: (stored) => needsRehash(stored),
};
