import { fsyncSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLocalUser } from '../repositories/local-user.js';
import { type OpenDatabase, openDatabase } from './open-database.js';
import { users } from './schema.js';

// PGlite as shipped never syncs (fsync = off, and its NODEFS has no fsync). What this shows: with
// openDatabase's DurableNodeFS, PostgreSQL's own commit path calls fsync on the WAL file before the
// commit returns, and the call reaches fs.fsyncSync on the real file. What it cannot show: that the
// disk honours fsync; no test short of cutting the power can (ADR 0025).

describe('commits in a PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shangan-fsync-'));
  const synced: string[] = [];
  let database: OpenDatabase;
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fsync the WAL before a write is acknowledged, and not for a read', async () => {
    database = await openDatabase({
      dataDir: dir,
      fileSync: (fd, path) => {
        fsyncSync(fd);
        synced.push(path);
      },
    });
    synced.length = 0;
    await ensureLocalUser(database.db);
    expect(synced.filter((path) => path.includes('/pg_wal/')).length).toBeGreaterThan(0);

    synced.length = 0;
    await database.db.execute(sql`SELECT count(*) FROM users`);
    expect(synced).toEqual([]);

    const [fsync] = await database.db.select({ value: sql<string>`current_setting('fsync')` }).from(users);
    expect(fsync?.value).toBe('on');
  }, 120_000);
});
