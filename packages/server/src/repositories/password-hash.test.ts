import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash.js';

describe('password hashes', () => {
  it('hashes with scrypt and a fresh salt, and verifies only the same password', async () => {
    const password = '上岸 long enough';
    const [first, second] = [await hashPassword(password), await hashPassword(password)];
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(password, first)).toBe(true);
    expect(await verifyPassword(password, second)).toBe(true);
    expect(await verifyPassword(`${password} `, first)).toBe(false);
    expect(await verifyPassword('', first)).toBe(false);
  });

  it('never matches a malformed or out-of-bounds hash', async () => {
    const good = await hashPassword('password123');
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
