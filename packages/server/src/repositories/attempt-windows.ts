import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { attemptWindows } from '../db/schema.js';
import { toBase64Url } from '../runtime/bytes.js';
import { sha256Now } from '../runtime/sha256.js';

/**
 * Attempt counters in the database (table attempt_windows, ADR 0023), so that every server on one
 * PostgreSQL shares them; on PGlite the same statements run.
 *
 * A rule allows at most `limit` attempts in any sliding window of `windowMs`, estimated from two
 * fixed windows (the "sliding window counter"): the current window's count plus the previous
 * window's count weighted by the part of it still inside the sliding window. Taking an attempt is
 * one conditional upsert, atomic across servers: it counts only while the estimate stays under
 * the limit, so parallel attempts cannot overshoot and refused attempts are not counted (hammering
 * does not prolong a wait).
 */
export interface AttemptRule {
  /** Names the rule in the bucket, so the same subject under two rules has two counters. */
  name: string;
  limit: number;
  windowMs: number;
}

/** One counted attempt, to refund when it turns out not to be a failure. */
export interface TakenAttempt {
  bucket: string;
  windowStart: string;
}

export type AttemptOutcome =
  | { allowed: true; taken: TakenAttempt }
  | { allowed: false; retryAfterSeconds: number };

/**
 * The bucket of a rule and its subject (addresses, an e-mail): a hash, so the table is no list of
 * who tried to log in from where.
 */
export function bucketOf(rule: AttemptRule, subject: readonly string[]): string {
  return `${rule.name}:${toBase64Url(sha256Now(subject.join('\n')))}`;
}

function windowsAt(rule: AttemptRule, now: number) {
  const start = Math.floor(now / rule.windowMs) * rule.windowMs;
  return {
    start,
    current: new Date(start).toISOString(),
    previous: new Date(start - rule.windowMs).toISOString(),
    // Read as "previous" during the next window; of no use after that.
    expiresAt: new Date(start + 2 * rule.windowMs).toISOString(),
    /** How much of the previous window is still inside the sliding window ending now (1 → 0). */
    previousWeight: 1 - (now - start) / rule.windowMs,
  };
}

async function countsAt(db: Database, bucket: string, windows: ReturnType<typeof windowsAt>) {
  const rows = await db
    .select({
      attempts: attemptWindows.attempts,
      previous: sql<boolean>`${attemptWindows.windowStart} < ${windows.current}`,
    })
    .from(attemptWindows)
    .where(
      and(
        eq(attemptWindows.bucket, bucket),
        inArray(attemptWindows.windowStart, [windows.previous, windows.current]),
      ),
    );
  const previous = rows.find((row) => row.previous)?.attempts ?? 0;
  const current = rows.find((row) => !row.previous)?.attempts ?? 0;
  return { previous, current };
}

/** Counts one attempt in the bucket when the rule allows it; otherwise says how long to wait. */
export async function takeAttempt(
  db: Database,
  rule: AttemptRule,
  bucket: string,
  now: number,
): Promise<AttemptOutcome> {
  const windows = windowsAt(rule, now);
  const { previous, current } = await countsAt(db, bucket, windows);
  // The current count may grow while it stays below this (an integer count c < x iff c < ceil(x)).
  const allowance = Math.ceil(rule.limit - previous * windows.previousWeight);
  const refused = () => ({
    allowed: false as const,
    retryAfterSeconds: retryAfter(rule, windows.start, previous, current, now),
  });
  if (current >= allowance) return refused();
  const counted = await db
    .insert(attemptWindows)
    .values({ bucket, windowStart: windows.current, attempts: 1, expiresAt: windows.expiresAt })
    .onConflictDoUpdate({
      target: [attemptWindows.bucket, attemptWindows.windowStart],
      set: { attempts: sql`${attemptWindows.attempts} + 1` },
      setWhere: sql`${attemptWindows.attempts} < ${allowance}`,
    })
    .returning({ attempts: attemptWindows.attempts });
  // Another server took the last place between the read and the upsert.
  if (counted.length === 0)
    return { allowed: false, retryAfterSeconds: retryAfter(rule, windows.start, previous, allowance, now) };
  return { allowed: true, taken: { bucket, windowStart: windows.current } };
}

/**
 * Whole seconds until the estimate falls below the limit again: later in this window as the
 * previous window's weight fades, or in the next window, where this one is the previous.
 */
function retryAfter(
  rule: AttemptRule,
  start: number,
  previous: number,
  current: number,
  now: number,
): number {
  const at =
    current < rule.limit && previous > 0
      ? start + rule.windowMs * (1 - (rule.limit - current) / previous)
      : start + rule.windowMs * (2 - rule.limit / Math.max(current, rule.limit));
  // At `at` itself the estimate equals the limit, which still refuses: the next whole second.
  return Math.max(1, Math.floor((at - now) / 1000) + 1);
}

/** Gives back an attempt that did not fail (a login that succeeded). */
export async function refundAttempt(db: Database, taken: TakenAttempt): Promise<void> {
  await db
    .update(attemptWindows)
    .set({ attempts: sql`${attemptWindows.attempts} - 1` })
    .where(
      and(
        eq(attemptWindows.bucket, taken.bucket),
        eq(attemptWindows.windowStart, taken.windowStart),
        gt(attemptWindows.attempts, 0),
      ),
    );
}

/** Forgets every attempt in the bucket. */
export async function clearAttempts(db: Database, bucket: string): Promise<void> {
  await db.delete(attemptWindows).where(eq(attemptWindows.bucket, bucket));
}

/** Counts an event without a limit (a successful login from an address, say). */
export async function recordAttempt(
  db: Database,
  rule: AttemptRule,
  bucket: string,
  now: number,
): Promise<void> {
  const windows = windowsAt(rule, now);
  await db
    .insert(attemptWindows)
    .values({ bucket, windowStart: windows.current, attempts: 1, expiresAt: windows.expiresAt })
    .onConflictDoUpdate({
      target: [attemptWindows.bucket, attemptWindows.windowStart],
      set: { attempts: sql`${attemptWindows.attempts} + 1` },
    });
}

/** True when the bucket has counted anything in this window or the previous one. */
export async function hasAttempts(
  db: Database,
  rule: AttemptRule,
  bucket: string,
  now: number,
): Promise<boolean> {
  const { previous, current } = await countsAt(db, bucket, windowsAt(rule, now));
  return previous + current > 0;
}

/** Removes the windows no rule reads any more. */
export async function pruneAttempts(db: Database, now: number): Promise<void> {
  await db.delete(attemptWindows).where(lte(attemptWindows.expiresAt, new Date(now).toISOString()));
}
