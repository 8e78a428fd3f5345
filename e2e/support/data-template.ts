import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../packages/server/src/db/open-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory that startServer copies for each server (see below). */
    e2eDataTemplate: string;
  }
}

/**
 * Vitest global setup: one migrated PGlite data directory for the whole run. Creating a cluster in
 * a new directory (initdb) takes 5–10 s on a busy 2-core machine; copying this one and opening it
 * takes under a second. test/server-crash.test.ts still starts from an empty directory.
 */
export default async function setup(project: TestProject) {
  const directory = mkdtempSync(join(tmpdir(), 'shangan-e2e-template-'));
  const database = await openDatabase({ dataDir: directory });
  await database.close();
  project.provide('e2eDataTemplate', directory);
  return () => rmSync(directory, { recursive: true, force: true });
}
