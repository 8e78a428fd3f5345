import type { Database } from '../db/open-database.js';

/**
 * How account passwords are hashed and checked (accounts mode). The server's is Node's scrypt
 * (password-hash.ts), attached to the database by openDatabase, so the routes and the operator's
 * commands reach it through the `db` they already have. A browser's database has none: it holds
 * one person's cases, in local mode, with no login.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when the password matches the stored hash; a malformed hash never matches. */
  verify(password: string, stored: string): Promise<boolean>;
  /** True when the stored hash was made at another cost than today's (so is replaced after a login). */
  needsRehash(stored: string): boolean;
}

const hashers = new WeakMap<object, PasswordHasher>();

export function attachPasswordHasher(db: Database, hasher: PasswordHasher): void {
  hashers.set(db, hasher);
}

export function passwordHasherOf(db: Database): PasswordHasher {
  const hasher = hashers.get(db);
  if (hasher === undefined) throw new Error('this database has no password hasher: accounts need the server');
  return hasher;
}
