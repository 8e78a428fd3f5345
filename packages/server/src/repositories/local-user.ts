import type { Database } from '../db/open-database.js';
import { users } from '../db/schema.js';
import { LOCAL_USER_ID } from './actor.js';

/** Local mode's one user owns every case; created once, at start. */
export async function ensureLocalUser(db: Database): Promise<void> {
  await db.insert(users).values({ id: LOCAL_USER_ID, role: 'local' }).onConflictDoNothing();
}
