import type { LprTable } from '@shangan/core';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/open-database.js';
import type { Actor } from '../store/actor.js';

/** What every route can read from the context: the database, who is asking, and the settings. */
export interface AppEnv {
  Variables: {
    db: Database;
    actor: Actor;
    config: ServerConfig;
    lpr: LprTable;
  };
}
