import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from './data-dir-lock.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shangan-lockfile-'));
  dirs.push(dir);
  return dir;
}

const lockPid = (dir: string) => readFileSync(join(dir, LOCK_FILE), 'utf8').trim();

describe('lockDataDir', () => {
  it('writes our PID, refuses a second open in this process, and removes the file on release', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir);
    expect(lockPid(dir)).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    lock.release();
    lock.release();
    expect(() => readFileSync(join(dir, LOCK_FILE))).toThrow(/ENOENT/);
    lockDataDir(dir).release();
  });

  it('refuses a directory whose lock names a live process, naming the directory and that PID', () => {
    const dir = dataDir();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(
      `the data directory ${dir} is in use by another 上岸 process (PID ${process.ppid}; lock file ${join(dir, LOCK_FILE)})`,
    );
    expect(lockPid(dir)).toBe(String(process.ppid));
  });

  it('takes over the lock of a process that is gone, and of an earlier run that had our PID', () => {
    const dir = dataDir();
    writeFileSync(join(dir, LOCK_FILE), '4194304\n');
    const lock = lockDataDir(dir, (pid) => pid !== 4194304);
    expect(lockPid(dir)).toBe(String(process.pid));
    lock.release();

    // A container restarted: the previous run had the same PID, and this process holds no lock.
    writeFileSync(join(dir, LOCK_FILE), `${process.pid}\n`);
    const again = lockDataDir(dir, () => true);
    expect(lockPid(dir)).toBe(String(process.pid));
    again.release();
  });

  it('leaves a lock that is no longer its own when released', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    lock.release();
    expect(lockPid(dir)).toBe(String(process.ppid));
  });
});
