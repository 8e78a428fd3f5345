import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored only as scrypt hashes: `scrypt$N$r$p$salt$hash`, salt and hash in base64.
 * N=16384, r=8, p=1 (16 MiB of memory per hash), a random 16-byte salt and a 64-byte key.
 */
const COST = { N: 16_384, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is kept with room for larger N. */
const MAX_MEMORY = 64 * 1024 * 1024;

type Cost = { N: number; r: number; p: number };

function derive(password: string, salt: Buffer, cost: Cost, keyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST, KEY_BYTES);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
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

function parseHash(stored: string): { cost: Cost; salt: Buffer; key: Buffer } | null {
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
