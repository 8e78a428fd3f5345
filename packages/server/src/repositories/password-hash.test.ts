import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsRehash,
  PASSWORD_COST,
  type ScryptCost,
  verifyPassword,
} from './password-hash.js';

/** Cheap, so these tests of the format run fast; the production cost is checked on its own below. */
const CHEAP: ScryptCost = { N: 1024, r: 8, p: 1 };

describe('password hashes', () => {
  it('hash at an OWASP scrypt cost by default (N=2^14, r=8, p=5: the work of N=2^17, r=8, p=1)', async () => {
    // OWASP Password Storage Cheat Sheet: "a minimum CPU/memory cost parameter of (2^17), a minimum
    // block size of 8 (1024 bytes), and a parallelization parameter of 1", or an equivalent row.
    const owaspRows: ScryptCost[] = [
      { N: 2 ** 17, r: 8, p: 1 },
      { N: 2 ** 16, r: 8, p: 2 },
      { N: 2 ** 15, r: 8, p: 3 },
      { N: 2 ** 14, r: 8, p: 5 },
      { N: 2 ** 13, r: 8, p: 10 },
    ];
    expect(owaspRows).toContainEqual(PASSWORD_COST);
    expect(PASSWORD_COST).toEqual({ N: 2 ** 14, r: 8, p: 5 });
    const stored = await hashPassword('上岸 long enough');
    expect(stored).toMatch(/^scrypt\$16384\$8\$5\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword('上岸 long enough', stored)).toBe(true);
  });

  it('hashes with scrypt and a fresh salt, and verifies only the same password', async () => {
    const password = '上岸 long enough';
    const [first, second] = [await hashPassword(password, CHEAP), await hashPassword(password, CHEAP)];
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(password, first)).toBe(true);
    expect(await verifyPassword(password, second)).toBe(true);
    expect(await verifyPassword(`${password} `, first)).toBe(false);
    expect(await verifyPassword('', first)).toBe(false);
  });

  it('asks for a new hash when the stored one has another cost', async () => {
    const old = await hashPassword('password123', { N: 16_384, r: 8, p: 1 });
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, { N: 16_384, r: 8, p: 1 })).toBe(false);
    expect(needsRehash('not a hash')).toBe(true);
  });

  it('never matches a malformed or out-of-bounds hash', async () => {
    const good = await hashPassword('password123', CHEAP);
    const [, , , , salt, key] = good.split('$');
    for (const stored of [
      '',
      'password123',
      good.replace('scrypt$', 'bcrypt$'),
      `scrypt$16383$8$1$${salt}$${key}`,
      `scrypt$4194304$8$1$${salt}$${key}`,
      `scrypt$16384$8$99$${salt}$${key}`,
      `scrypt$16384$8$1$${salt}$`,
      `scrypt$16384$8$1$$${key}`,
      `${good}$extra`,
    ]) {
      expect([stored, await verifyPassword('password123', stored)]).toEqual([stored, false]);
    }
  });
});
