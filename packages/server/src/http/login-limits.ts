import type { Database } from '../db/open-database.js';
import {
  type AttemptRule,
  bucketOf,
  clearAttempts,
  hasAttempts,
  pruneAttempts,
  recordAttempt,
  refundAttempt,
  type TakenAttempt,
  takeAttempt,
} from '../repositories/attempt-windows.js';
import { ipVersion } from '../runtime/ip-address.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * How many login and sign-up attempts are allowed (ADR 0023). A login attempt counts as failed from
 * the moment it starts; a successful one is given back. Every rule is a sliding window of counts in
 * the database (repositories/attempt-windows.ts), shared by all servers on it.
 */
export const ATTEMPT_RULES = {
  /** One address guessing one account's password. */
  accountFromAddress: { name: 'login_account_address', limit: 5, windowMs: 15 * MINUTE },
  /**
   * One address, whatever the e-mails: one password tried against many accounts. Six times the
   * above, so that a household or an office behind one address can mistype without noticing it.
   */
  address: { name: 'login_address', limit: 30, windowMs: 15 * MINUTE },
  /**
   * One account, from anywhere: many addresses guessing one password. Only a ceiling that an
   * attacker with four or more addresses can reach; to keep that from locking the person out, it
   * does not hold the addresses the account recently logged in from (knownAddress).
   */
  account: { name: 'login_account', limit: 20, windowMs: 15 * MINUTE },
  /** An address the account logged in from is known for 30 to 60 days (this window and the next). */
  knownAddress: { name: 'login_known_address', limit: 1, windowMs: 30 * DAY },
  /** Sign-ups from one address: each hashes a password and may create an account. */
  signUp: { name: 'signup_address', limit: 10, windowMs: 60 * MINUTE },
} as const satisfies Record<string, AttemptRule>;

export type LoginAttempt =
  | { allowed: true; succeeded: () => Promise<void> }
  | { allowed: false; retryAfterSeconds: number };

/**
 * Starts a login attempt for `email` from `address`: allowed (counted as failed until `succeeded`)
 * or refused with the seconds to wait.
 */
export async function beginLogin(
  db: Database,
  email: string,
  address: string,
  now: number,
): Promise<LoginAttempt> {
  await pruneAttempts(db, now);
  const account = email.trim().toLowerCase();
  const network = limitedNetwork(address);
  const rules = ATTEMPT_RULES;
  const pair = bucketOf(rules.accountFromAddress, [account, network]);
  const known = bucketOf(rules.knownAddress, [account, network]);
  const taken: TakenAttempt[] = [];
  const refuse = async (retryAfterSeconds: number): Promise<LoginAttempt> => {
    for (const attempt of taken) await refundAttempt(db, attempt);
    return { allowed: false, retryAfterSeconds };
  };
  for (const [rule, bucket] of [
    [rules.accountFromAddress, pair],
    [rules.address, bucketOf(rules.address, [network])],
    [rules.account, bucketOf(rules.account, [account])],
  ] as const) {
    const outcome = await takeAttempt(db, rule, bucket, now);
    if (outcome.allowed) taken.push(outcome.taken);
    else if (rule !== rules.account || !(await hasAttempts(db, rules.knownAddress, known, now)))
      return refuse(outcome.retryAfterSeconds);
  }
  return {
    allowed: true,
    succeeded: async () => {
      // Failures before a success were the person's own; the per-address and per-account counts
      // only lose this attempt, so a success does not reopen them for someone else's guesses.
      await clearAttempts(db, pair);
      for (const attempt of taken.slice(1)) await refundAttempt(db, attempt);
      await recordAttempt(db, rules.knownAddress, known, now);
    },
  };
}

/** Starts a sign-up from `address`: null when it may go ahead (it counts either way), else the seconds to wait. */
export async function beginSignUp(db: Database, address: string, now: number): Promise<number | null> {
  await pruneAttempts(db, now);
  const rule = ATTEMPT_RULES.signUp;
  const outcome = await takeAttempt(db, rule, bucketOf(rule, [limitedNetwork(address)]), now);
  return outcome.allowed ? null : outcome.retryAfterSeconds;
}

/**
 * What one client is, for limits: its IPv4 address, or the /64 of its IPv6 address (one home or
 * phone gets a whole /64 and can pick any address in it).
 */
export function limitedNetwork(address: string): string {
  if (ipVersion(address) !== 6) return address;
  const groups = expandIpv6(address.split('%')[0] ?? address);
  return groups === undefined ? address : `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros; undefined for an embedded IPv4 form. */
function expandIpv6(address: string): string[] | undefined {
  if (address.includes('.')) return undefined;
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
