import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** The tables of migrations/*.sql, for typed queries. The SQL file is the source of truth. */

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email'),
  passwordHash: text('password_hash'),
  role: text('role').$type<'local' | 'client' | 'advisor'>().notNull(),
  createdAt: instant('created_at').notNull().default(sql`now()`),
  /** Set by an operator (`shangan admin disable-user`): no sign-in, no session. */
  disabledAt: instant('disabled_at'),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: instant('created_at').notNull().default(sql`now()`),
  expiresAt: instant('expires_at').notNull(),
});

/** Login and sign-up attempt counters (migrations/0003_login_limits.sql, ADR 0023). */
export const attemptWindows = pgTable(
  'attempt_windows',
  {
    bucket: text('bucket').notNull(),
    windowStart: instant('window_start').notNull(),
    attempts: integer('attempts').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.bucket, table.windowStart] })],
);

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey(),
  ownerId: uuid('owner_id').notNull(),
  title: text('title').notNull(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  person: jsonb('person'),
  budget: jsonb('budget'),
  circumstances: jsonb('circumstances'),
  /** The case file's `plan`: the custom strategy's creditor order (migrations/0007, ADR 0029). */
  plan: jsonb('plan'),
  createdAt: instant('created_at').notNull().default(sql`now()`),
  updatedAt: instant('updated_at').notNull().default(sql`now()`),
  /** Moves by one with every write that changes the case file (migrations/0002, ADR 0022). */
  revision: bigint('revision', { mode: 'number' }).notNull().default(1),
});

export const caseAssignments = pgTable(
  'case_assignments',
  {
    caseId: uuid('case_id').notNull(),
    advisorId: uuid('advisor_id').notNull(),
    /** Granted by the owner: replace the case file and write what changes it (ADR 0024). */
    canEdit: boolean('can_edit').notNull().default(false),
    /** Granted by the owner: export with full phone and ID numbers. */
    canReveal: boolean('can_reveal').notNull().default(false),
    grantedAt: instant('granted_at').notNull().default(sql`now()`),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.advisorId] })],
);

export const debts = pgTable(
  'debts',
  {
    caseId: uuid('case_id').notNull(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.id] })],
);

export const payments = pgTable('payments', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  debtId: text('debt_id').notNull(),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  /** How it was paid, as the case file says (migration 0007); null when not recorded. */
  channel: text('channel'),
  createdAt: instant('created_at').notNull().default(sql`now()`),
});

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  debtId: text('debt_id').notNull(),
  at: text('at').notNull(),
  /** Plain contacts of rows written before migration 0005; null when `sealed` holds it. */
  data: jsonb('data').$type<Record<string, unknown>>(),
  /** The contact's JSON sealed with the case's key (case-crypto.ts). */
  sealed: bytea('sealed'),
  createdAt: instant('created_at').notNull().default(sql`now()`),
});

export const evidence = pgTable('evidence', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  contactId: uuid('contact_id'),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  /**
   * Rows written before migration 0006 only, until moved into chunks at start: sealed whole with
   * the case's key when `sealed`, plain in rows written before migration 0005.
   */
  content: bytea('content'),
  sealed: boolean('sealed').notNull().default(false),
  /** How many rows of evidence_chunks hold the bytes (migration 0006); null while in `content`. */
  chunkCount: integer('chunk_count'),
  uploadedAt: instant('uploaded_at').notNull().default(sql`now()`),
});

/** An evidence file's bytes, in order, each chunk sealed on its own (migration 0006). */
export const evidenceChunks = pgTable(
  'evidence_chunks',
  {
    evidenceId: uuid('evidence_id').notNull(),
    seq: integer('seq').notNull(),
    sealed: bytea('sealed').notNull(),
  },
  (table) => [primaryKey({ columns: [table.evidenceId, table.seq] })],
);

export const negotiationEvents = pgTable('negotiation_events', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  debtId: text('debt_id').notNull(),
  state: text('state').notNull(),
  note: text('note'),
  at: instant('at').notNull().default(sql`now()`),
});

export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  debtId: text('debt_id').notNull(),
  signedOn: date('signed_on', { mode: 'string' }),
  totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
  terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
  createdAt: instant('created_at').notNull().default(sql`now()`),
});

export const agreementInstalments = pgTable(
  'agreement_instalments',
  {
    agreementId: uuid('agreement_id').notNull(),
    seq: integer('seq').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
  },
  (table) => [primaryKey({ columns: [table.agreementId, table.seq] })],
);

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  actorId: uuid('actor_id').notNull(),
  action: text('action').notNull(),
  caseId: uuid('case_id'),
  at: instant('at').notNull().default(sql`now()`),
  outcome: text('outcome').$type<'allowed' | 'refused'>().notNull().default('allowed'),
  clientAddress: text('client_address'),
  evidenceId: uuid('evidence_id'),
  reveal: boolean('reveal'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
});

/** PostgreSQL mode's per-case data keys (migration 0005); PGlite keeps its keys in a file. */
export const caseKeys = pgTable('case_keys', {
  caseId: uuid('case_id').primaryKey(),
  dataKey: bytea('data_key').notNull(),
});

/** A user's own LPR quotations (migrations/0009, ADR 0033), in basis points. */
export const lprQuotations = pgTable(
  'lpr_quotations',
  {
    ownerId: uuid('owner_id').notNull(),
    quotedOn: date('quoted_on', { mode: 'string' }).notNull(),
    oneYearBp: integer('one_year_bp').notNull(),
    fiveYearBp: integer('five_year_bp').notNull(),
    source: text('source'),
    addedAt: instant('added_at').notNull().default(sql`now()`),
  },
  (table) => [primaryKey({ columns: [table.ownerId, table.quotedOn] })],
);

export const schema = {
  users,
  sessions,
  attemptWindows,
  cases,
  caseAssignments,
  debts,
  payments,
  contacts,
  evidence,
  evidenceChunks,
  negotiationEvents,
  agreements,
  agreementInstalments,
  auditLog,
  caseKeys,
  lprQuotations,
};
