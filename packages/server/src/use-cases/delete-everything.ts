import { eq } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { cases } from '../db/schema.js';
import type { Actor } from '../repositories/actor.js';
import { deleteOwnLprQuotations } from '../repositories/lpr-repository.js';
import { deleteCase } from './case-use-cases.js';

/**
 * "Delete everything" of the privacy screen. In local mode on PGlite in a data directory, `wipe`
 * is given: the database is closed, its files removed and an empty one created, so nothing of
 * the person's, not even in pg_wal or freed pages, is left to read. Otherwise (accounts mode, or
 * PostgreSQL) every case the actor owns is deleted, each with its key (crypto-shredding), and
 * their own LPR quotations.
 */
export async function deleteEverything(
  db: Database,
  actor: Actor,
  wipe: (() => Promise<void>) | undefined,
): Promise<void> {
  if (actor.role === 'local' && wipe !== undefined) return wipe();
  const owned = await db.select({ id: cases.id }).from(cases).where(eq(cases.ownerId, actor.userId));
  for (const { id } of owned) await deleteCase(db, actor, id);
  await deleteOwnLprQuotations(db, actor.userId);
}
