import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from './open-database.js';
import { caseKeys } from './schema.js';

/** AES-256: 32-byte keys. */
const KEY_BYTES = 32;
/** Local mode's key file, beside the PGlite files in DATA_DIR. */
export const KEY_FILE = 'case-keys.json';

/**
 * Where the per-case data keys live (ADR 0025). A key is made the first time a case seals
 * something and destroyed when the case is deleted; without it the case's sealed rows, wherever
 * copies of them remain, are noise.
 */
export interface CaseKeyring {
  /** The case's key, made (and stored durably, before anything is sealed with it) on first use. */
  keyFor(tx: Transaction, caseId: string): Promise<Buffer>;
  /** Destroys the key of a case whose deletion has committed. */
  destroy(caseId: string): Promise<void>;
  /** Destroys every key but those of these cases (at start: keys of cases deleted in a crash). */
  retainOnly(caseIds: ReadonlySet<string>): Promise<void>;
}

/**
 * Local mode: the keys in DATA_DIR/case-keys.json, outside the database, so no copy of a key is in
 * the WAL. Every change rewrites the file atomically: a temporary file, fsync, rename, fsync of
 * the directory, so after a crash the file is the old or the new one, never a mix.
 */
export class FileKeyring implements CaseKeyring {
  private readonly path: string;
  private keys: Map<string, Buffer>;

  constructor(dataDir: string) {
    this.path = join(dataDir, KEY_FILE);
    this.keys = readKeyFile(this.path);
  }

  async keyFor(_tx: Transaction, caseId: string): Promise<Buffer> {
    let key = this.keys.get(caseId);
    if (key === undefined) {
      key = randomBytes(KEY_BYTES);
      this.keys.set(caseId, key);
      this.write();
    }
    return key;
  }

  async destroy(caseId: string): Promise<void> {
    if (this.keys.delete(caseId)) this.write();
  }

  async retainOnly(caseIds: ReadonlySet<string>): Promise<void> {
    const before = this.keys.size;
    for (const caseId of [...this.keys.keys()]) if (!caseIds.has(caseId)) this.keys.delete(caseId);
    if (this.keys.size !== before) this.write();
  }

  /** After the data directory was emptied (delete everything): no keys, and no file. */
  forgetAll(): void {
    this.keys = new Map();
    try {
      unlinkSync(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  // Synchronous on purpose: no other request can run between reading the map and renaming.
  private write(): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    const body = JSON.stringify({
      version: 1,
      keys: Object.fromEntries([...this.keys].map(([caseId, key]) => [caseId, key.toString('base64')])),
    });
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, body);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    // The rename itself is durable once the directory is synced; Windows cannot open a directory.
    if (process.platform === 'win32') return;
    const dir = openSync(dirname(this.path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }
}

function readKeyFile(path: string): Map<string, Buffer> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const parsed = JSON.parse(text) as { version?: unknown; keys?: Record<string, unknown> };
  if (parsed.version !== 1 || typeof parsed.keys !== 'object' || parsed.keys === null) {
    throw new Error(`${path} is not a 上岸 key file`);
  }
  const keys = new Map<string, Buffer>();
  for (const [caseId, encoded] of Object.entries(parsed.keys)) {
    const key = typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : undefined;
    if (key?.length !== KEY_BYTES) throw new Error(`${path}: the key of case ${caseId} is damaged`);
    keys.set(caseId, key);
  }
  return keys;
}

/** In-memory PGlite (tests): the keys live as long as the database. */
export class MemoryKeyring implements CaseKeyring {
  private readonly keys = new Map<string, Buffer>();

  async keyFor(_tx: Transaction, caseId: string): Promise<Buffer> {
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
  private readonly cache = new WeakMap<Transaction, Map<string, Buffer>>();

  async keyFor(tx: Transaction, caseId: string): Promise<Buffer> {
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
    const key = Buffer.from(row.dataKey);
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
