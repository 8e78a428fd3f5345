import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './server-process.js';

// Local mode has no login: the server process refuses to listen beyond this machine in it.

const dataDir = mkdtempSync(join(tmpdir(), 'shangan-binding-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the server process in local mode', () => {
  it('exits at start on HOST=0.0.0.0, saying to use AUTH=accounts, before opening any database', async () => {
    const outcome = await startServerProcess({
      HOST: '0.0.0.0',
      PORT: '0',
      DATA_DIR: join(dataDir, 'never'),
    }).then(
      async (server) => {
        await server.stop();
        return `listening on ${server.base}`;
      },
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(
      /^the server exited with code 1 before listening: .*HOST: 0\.0\.0\.0 .*set AUTH=accounts/s,
    );
    expect(existsSync(join(dataDir, 'never'))).toBe(false);
  }, 60_000);

  it('still starts on 127.0.0.1', async () => {
    const server = await startServerProcess({
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: join(dataDir, 'local'),
    });
    try {
      const health = await fetch(`${server.base}/api/health`);
      expect(await health.json()).toMatchObject({ ok: true, auth: 'local' });
    } finally {
      await server.stop();
    }
  }, 60_000);
});
