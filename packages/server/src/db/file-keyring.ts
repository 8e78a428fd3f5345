import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from '../runtime/bytes.js';
import { type CaseKey, type CaseKeyring, KEY_BYTES } from './case-keyring.js';
import type { Transaction } from './open-database.js';

/** Local mode's key file, beside the PGlite files in DATA_DIR. */
export const KEY_FILE = 'case-keys.json';

/**
 * Local mode: the keys in DATA_DIR/case-keys.json, outside the database, so no copy of a key is in
 * the WAL. Every change rewrites the file atomically: a temporary file, fsync, rename, fsync of
 * the directory, so after a crash the file is the old or the new one, never a mix.
 */
export class FileKeyring implements CaseKeyring {
  private readonly path: string;
  private keys: Map<string, CaseKey>;

  constructor(dataDir: string) {
    this.path = join(dataDir, KEY_FILE);
    this.keys = readKeyFile(this.path);
  }

  async keyFor(_tx: Transaction, caseId: string): Promise<CaseKey> {
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
      keys: Object.fromEntries(
        [...this.keys].map(([caseId, key]) => [
          caseId,
          Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('base64'),
        ]),
      ),
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

function readKeyFile(path: string): Map<string, CaseKey> {
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
  const keys = new Map<string, CaseKey>();
  for (const [caseId, encoded] of Object.entries(parsed.keys)) {
    const key = typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : undefined;
    if (key?.length !== KEY_BYTES) throw new Error(`${path}: the key of case ${caseId} is damaged`);
    keys.set(caseId, new Uint8Array(key));
  }
  return keys;
}
