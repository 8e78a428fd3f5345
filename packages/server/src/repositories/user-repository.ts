import { emailField, newPasswordField } from '@shangan/contract';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/open-database.js';
import { sessions, users } from '../db/schema.js';
import { notFound } from '../errors/expected-error.js';
import { randomBytes, toBase64Url, toHex } from '../runtime/bytes.js';
import { sha256Now } from '../runtime/sha256.js';
import type { Actor } from './actor.js';
import { passwordHasherOf } from './password-hasher.js';

/**
 * Accounts mode: clients sign themselves up; advisors are created by an operator (createAdvisor),
 * never through a public route. A session is a random token held in the browser's cookie; the
 * database keeps only its SHA-256, so a leaked sessions table logs nobody in.
 */

export type AccountRole = 'client' | 'advisor';

export interface Account {
  userId: string;
  email: string;
  role: AccountRole;
}

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const newAccount = z.object({ email: emailField, password: newPasswordField });

export class EmailTakenError extends Error {
  override readonly name = 'EmailTakenError';
  constructor() {
    super('email already registered');
  }
}

/**
 * A new client account, unless the address is registered already: then nothing changes. The caller
 * is not told which (the password is hashed and the insert tried either way, so neither the answer
 * nor its time says whether an address has an account); the person then logs in (ADR 0023).
 */
export async function signUp(db: Database, email: string, password: string): Promise<void> {
  try {
    await createAccount(db, email, password, 'client');
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
  }
}

/** A new advisor account: for operators and tests only; no HTTP route creates advisors. */
export function createAdvisor(db: Database, email: string, password: string): Promise<Account> {
  return createAccount(db, email, password, 'advisor');
}

async function createAccount(
  db: Database,
  email: string,
  password: string,
  role: AccountRole,
): Promise<Account> {
  const input = newAccount.parse({ email, password });
  const userId = crypto.randomUUID();
  const passwordHash = await passwordHasherOf(db).hash(input.password);
  const inserted = await db
    .insert(users)
    .values({ id: userId, email: input.email, passwordHash, role })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (inserted.length === 0) throw new EmailTakenError();
  return { userId, email: input.email, role };
}

/** Computed once: what an unknown address is checked against, so it costs as long as a known one. */
let decoyHash: Promise<string> | undefined;

/** The account when email and password match; null otherwise, equally for either mistake. */
export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
): Promise<Account | null> {
  const address = email.trim().toLowerCase();
  const [row] = await db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash, role: users.role })
    .from(users)
    // A disabled account (`shangan admin disable-user`) is checked like an unknown address.
    .where(and(eq(users.email, address), isNull(users.disabledAt)))
    .limit(1);
  const passwords = passwordHasherOf(db);
  if (!row || row.passwordHash === null || row.email === null || row.role === 'local') {
    decoyHash ??= passwords.hash(toHex(randomBytes(16)));
    await passwords.verify(password, await decoyHash);
    return null;
  }
  if (!(await passwords.verify(password, row.passwordHash))) return null;
  if (passwords.needsRehash(row.passwordHash)) await upgradeHash(db, row.id, row.passwordHash, password);
  return { userId: row.id, email: row.email, role: row.role };
}

/**
 * Replaces a hash made at an older cost, now that the password is known: compare-and-set, so a
 * password changed meanwhile is not overwritten.
 */
async function upgradeHash(db: Database, userId: string, oldHash: string, password: string): Promise<void> {
  const passwordHash = await passwordHasherOf(db).hash(password);
  await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
}

export interface Session {
  /** Goes to the browser once; never stored. */
  token: string;
  expiresAt: Date;
}

/** A session token's SHA-256 (hex): the only form in which the database holds it. */
export function hashSessionToken(token: string): string {
  return toHex(sha256Now(token));
}

/** Checks the credentials and opens a 30-day session; null when they do not match. */
export async function login(
  db: Database,
  email: string,
  password: string,
  now = new Date(),
): Promise<{ account: Account; session: Session } | null> {
  const account = await verifyCredentials(db, email, password);
  if (!account) return null;
  return { account, session: await openSession(db, account.userId, now) };
}

export async function openSession(db: Database, userId: string, now = new Date()): Promise<Session> {
  const token = toBase64Url(randomBytes(32));
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  // The user's expired sessions go now; nothing else would ever remove them.
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now.toISOString())));
  await db.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

export async function logout(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Who holds the session with this token hash; null when there is none or it has expired. */
export async function actorForSession(
  db: Database,
  tokenHash: string,
  now = new Date(),
): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: users.id, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now.toISOString()),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row || row.role === 'local') return null;
  return { userId: row.userId, role: row.role };
}

/** The signed-in user's address and role (for GET /api/auth/me). */
export async function accountOf(db: Database, actor: Actor): Promise<Account> {
  const [row] = await db
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!row || row.email === null || row.role === 'local') throw notFound('account');
  return { userId: actor.userId, email: row.email, role: row.role };
}
