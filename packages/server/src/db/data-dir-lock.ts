import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock file in DATA_DIR: it holds the PID of the one process that has the directory open. */
export const LOCK_FILE = 'shangan.lock';
/** Held only while a stale lock is being replaced, so two starters cannot both replace it. */
const TAKEOVER_FILE = 'shangan.lock.takeover';

/** Another live process has the data directory open: starting would lose its writes or ours. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `the data directory ${dataDir} is in use by another 上岸 process (${
        pid === undefined ? 'PID unknown' : `PID ${pid}`
      }; lock file ${join(dataDir, LOCK_FILE)}). Stop that process first, or set another DATA_DIR.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  /** Removes the lock file if it is still this process's. Safe to call more than once. */
  release(): void;
}

/** Lock files this process holds: a PID equal to ours in any other file is a previous run's. */
const heldHere = new Set<string>();

/**
 * Takes the data directory for this process: creates the lock file with O_EXCL and writes our
 * PID. A lock whose PID is no longer running (the process was killed) is taken over; a live one
 * throws DataDirInUseError. PGlite is one PostgreSQL backend in this process with no shared
 * memory across processes, so a second process on the same files would overwrite the first's.
 */
export function lockDataDir(
  dataDir: string,
  isAlive: (pid: number) => boolean = processIsAlive,
): DataDirLock {
  const dir = resolve(dataDir);
  const path = join(dir, LOCK_FILE);
  if (heldHere.has(path)) throw new DataDirInUseError(dir, process.pid);
  if (!createExclusive(path)) {
    const holder = readPid(path);
    const stale = holder === undefined ? false : holder === process.pid || !isAlive(holder);
    if (!stale || !replaceStale(dir, path, holder)) throw new DataDirInUseError(dir, holder);
  }
  heldHere.add(path);
  const onExit = () => release();
  const release = () => {
    process.off('exit', onExit);
    if (!heldHere.delete(path)) return;
    if (readPid(path) === process.pid) unlinkSync(path);
  };
  process.on('exit', onExit);
  return { release };
}

/**
 * Replaces a stale lock under the takeover file: of two processes that both found it stale, only
 * the one that created the takeover file removes it, so neither deletes the other's fresh lock.
 */
function replaceStale(dir: string, path: string, stalePid: number | undefined): boolean {
  const guard = join(dir, TAKEOVER_FILE);
  if (!createExclusive(guard)) return false;
  try {
    if (readPid(path) !== stalePid) return false;
    unlinkSync(path);
    return createExclusive(path);
  } finally {
    unlinkSync(guard);
  }
}

/** Creates `path` holding our PID, durably; false when it exists already. */
function createExclusive(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists as another user. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
