import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileKeyring, KEY_FILE } from './file-keyring.js';
import type { Transaction } from './open-database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shangan-keys-'));
  dirs.push(dir);
  return dir;
}

/** The file keyring never uses the transaction. */
const tx = {} as Transaction;
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('FileKeyring', () => {
  it('keeps each case’s key across restarts, and forgets a destroyed one for good', async () => {
    const dir = dataDir();
    const first = new FileKeyring(dir);
    const keyA = await first.keyFor(tx, A);
    const keyB = await first.keyFor(tx, B);
    expect(keyA).toHaveLength(32);
    expect(keyA).not.toEqual(keyB);
    expect(await new FileKeyring(dir).keyFor(tx, A)).toEqual(keyA);

    await first.destroy(A);
    const text = readFileSync(join(dir, KEY_FILE), 'utf8');
    expect(text).not.toContain(A);
    expect(text).not.toContain(Buffer.from(keyA).toString('base64'));
    expect(await new FileKeyring(dir).keyFor(tx, A)).not.toEqual(keyA);
    // Written through a temporary file that does not stay behind.
    expect(readdirSync(dir)).toEqual([KEY_FILE]);
  });

  it('destroys the keys of cases that no longer exist', async () => {
    const dir = dataDir();
    const keyring = new FileKeyring(dir);
    await keyring.keyFor(tx, A);
    const keyB = await keyring.keyFor(tx, B);
    await keyring.retainOnly(new Set([B]));
    const reopened = new FileKeyring(dir);
    expect(await reopened.keyFor(tx, B)).toEqual(keyB);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).not.toContain(A);
  });

  it('refuses to start on a damaged key file rather than make new keys', () => {
    const dir = dataDir();
    writeFileSync(join(dir, KEY_FILE), JSON.stringify({ version: 1, keys: { [A]: 'c2hvcnQ=' } }));
    expect(() => new FileKeyring(dir)).toThrow(`the key of case ${A} is damaged`);
    writeFileSync(join(dir, KEY_FILE), '{}');
    expect(() => new FileKeyring(dir)).toThrow('is not a 上岸 key file');
  });
});
