import { randomBytes } from 'node:crypto';
import { emailField, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newPasswordField } from '@shangan/contract';
import type { Database } from '../db/open-database.js';
import { disableAccount, listAdvisorAccounts } from '../repositories/operator-repository.js';
import { createAdvisor, EmailTakenError } from '../repositories/user-repository.js';
import type { AdminMessages } from './admin-messages.js';

/** What a command reads and writes; the entry (admin.ts) passes the process's, tests their own. */
export interface AdminIo {
  stdin: NodeJS.ReadableStream;
  out(line: string): void;
}

/** A refusal the operator can fix (exit 2), worded already. */
export class AdminInputError extends Error {
  override readonly name = 'AdminInputError';
}

/** 18 random bytes: 24 URL-safe characters, well above the minimum length and any guessing. */
const GENERATED_PASSWORD_BYTES = 18;

/** A password from standard input is short; refuse to buffer more than a few times the maximum. */
const MAX_STDIN_BYTES = 4 * MAX_PASSWORD_LENGTH;

function checkedEmail(value: string | undefined, text: AdminMessages): string {
  if (value === undefined || value.startsWith('--')) throw new AdminInputError(text.missingEmail);
  const parsed = emailField.safeParse(value);
  if (!parsed.success) throw new AdminInputError(text.badEmail(value));
  return parsed.data;
}

async function readPassword(stdin: NodeJS.ReadableStream, text: AdminMessages): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_STDIN_BYTES) break;
    chunks.push(buffer);
  }
  // `echo secret | shangan admin …` ends in a newline that is not part of the password.
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (size > MAX_STDIN_BYTES || !newPasswordField.safeParse(password).success) {
    throw new AdminInputError(text.badPassword(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH));
  }
  return password;
}

/**
 * Each command checks its arguments (and reads standard input) first and gives back the work to do
 * on the database: a mistake is told at once, before a database is opened.
 */
export type AdminWork = (db: Database) => Promise<void>;

export async function createAdvisorCommand(
  args: string[],
  io: AdminIo,
  text: AdminMessages,
): Promise<AdminWork> {
  const email = checkedEmail(args[0], text);
  const fromStdin = args.includes('--password-stdin');
  const password = fromStdin
    ? await readPassword(io.stdin, text)
    : randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
  return async (db) => {
    try {
      await createAdvisor(db, email, password);
    } catch (error) {
      if (error instanceof EmailTakenError) throw new AdminInputError(text.emailTaken(email));
      throw error;
    }
    io.out(text.created(email));
    if (!fromStdin) io.out(text.generated(password));
  };
}

export async function listAdvisorsCommand(
  _args: string[],
  io: AdminIo,
  text: AdminMessages,
): Promise<AdminWork> {
  return async (db) => {
    const advisors = await listAdvisorAccounts(db);
    if (advisors.length === 0) io.out(text.noAdvisors);
    for (const advisor of advisors) io.out(text.advisorLine(advisor));
  };
}

export async function disableUserCommand(
  args: string[],
  io: AdminIo,
  text: AdminMessages,
): Promise<AdminWork> {
  const email = checkedEmail(args[0], text);
  return async (db) => {
    const result = await disableAccount(db, email);
    if (!result) throw new AdminInputError(text.noAccount(email));
    io.out(text.disabled(email, result.endedSessions));
  };
}
