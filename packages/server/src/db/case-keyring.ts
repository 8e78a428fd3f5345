import { eq } from 'drizzle-orm';
import { randomBytes } from '../runtime/bytes.js';
import type { Database, Transaction } from './open-database.js';
import { caseKeys } from './schema.js';

/** AES-256: 32-byte keys. */
export const KEY_BYTES = 32;

/**
 * Where the per-case data keys live (ADR 0025). A key is made the first time a case seals
 * something and destroyed when the case is deleted; without it the case's sealed rows, wherever
 * copies of them remain, are noise.
 */
/** A case's raw AES-256 key. */
export type CaseKey = Uint8Array<ArrayBuffer>;

export interface CaseKeyring {
  /** The case's key, made (and stored durably, before anything is sealed with it) on first use. */
  keyFor(tx: Transaction, caseId: string): Promise<CaseKey>;
  /** Destroys the key of a case whose deletion has committed. */
  destroy(caseId: string): Promise<void>;
  /** Destroys every key but those of these cases (at start: keys of cases deleted in a crash). */
  retainOnly(caseIds: ReadonlySet<string>): Promise<void>;
}

/** In-memory PGlite (tests): the keys live as long as the database. */
export class MemoryKeyring implements CaseKeyring {
  private readonly keys = new Map<string, CaseKey>();

  async keyFor(_tx: Transaction, caseId: string): Promise<CaseKey> {
    let key = this.keys.get(caseId);
    if (key === undefined) {
      key = randomBytes(KEY_BYTES);
      this.keys.set(caseId, key);
    }
    return key;
  }

  async destroy(caseId: string): Promise<void> {
    this.keys.delete(caseId);
  }

  async retainOnly(caseIds: ReadonlySet<string>): Promise<void> {
    for (const caseId of [...this.keys.keys()]) if (!caseIds.has(caseId)) this.keys.delete(caseId);
  }
}

/**
 * PostgreSQL mode: the keys in the case_keys table, in the same transaction as the rows they seal,
 * deleted with the case (ON DELETE CASCADE). Several servers can share them; the price is that the
 * deleted key stays in PostgreSQL's WAL, archives and backups until those are recycled, which the
 * operator controls (ADR 0025).
 */
export class TableKeyring implements CaseKeyring {
  /** Read once per transaction and case: a case file with many contacts asks for the key per row. */
  private readonly cache = new WeakMap<Transaction, Map<string, CaseKey>>();

  async keyFor(tx: Transaction, caseId: string): Promise<CaseKey> {
    let known = this.cache.get(tx);
    if (known === undefined) {
      known = new Map();
      this.cache.set(tx, known);
    }
    const cached = known.get(caseId);
    if (cached !== undefined) return cached;
    const stored = () =>
      tx.select({ dataKey: caseKeys.dataKey }).from(caseKeys).where(eq(caseKeys.caseId, caseId));
    let [row] = await stored();
    if (!row) {
      // Another transaction making the same case's first key at once: ours waits for it, then
      // does nothing, and both read the one key.
      await tx
        .insert(caseKeys)
        .values({ caseId, dataKey: randomBytes(KEY_BYTES) })
        .onConflictDoNothing();
      [row] = await stored();
    }
    if (!row) throw new Error(`no key for case ${caseId}`);
    const key = new Uint8Array(row.dataKey);
    known.set(caseId, key);
    return key;
  }

  async destroy(): Promise<void> {
    // The row went with the case, in the deleting transaction.
  }

  async retainOnly(): Promise<void> {
    // Rows cannot outlive their case (foreign key).
  }
}

const keyrings = new WeakMap<object, CaseKeyring>();

/**
 * Makes the keyring reachable from the database and from each of its transactions, so that the
 * repositories seal and open inside the functions they already have (callers see plain bytes).
 */
export function attachKeyring(db: Database, keyring: CaseKeyring): void {
  keyrings.set(db, keyring);
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) =>
    transaction((tx) => {
      keyrings.set(tx, keyring);
      return work(tx);
    }, config)) as Database['transaction'];
}

export function keyringOf(dbOrTx: Database | Transaction): CaseKeyring {
  const keyring = keyrings.get(dbOrTx);
  if (keyring === undefined) throw new Error('this database has no keyring (open it with openDatabase)');
  return keyring;
}
