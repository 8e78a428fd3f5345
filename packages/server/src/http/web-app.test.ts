import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createLprTable } from '@shangan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { ensureLocalUser } from '../repositories/local-user.js';
import { openTestPglite } from '../test-support/test-database.js';
import { createApp } from './app.js';
import { loadWebAssets } from './web-assets.js';

// The web app as the server serves it, in process, from a scratch build: a page, one hashed
// script, and a secret file beside the build that no request path may reach.

const INDEX =
  '<!doctype html><html lang="zh-CN"><title>上岸</title><script type="module" src="/assets/x.js"></script></html>';
const SCRIPT = `export const greeting = '${'你好，上岸。'.repeat(50)}';\n`;
const SECRET = 'the data directory is not part of the web app';

const config = readConfig({});
const ownHost = `127.0.0.1:${config.port}`;

describe('the web app served at /', () => {
  let scratch: string;
  let database: OpenDatabase;
  let built: ReturnType<typeof createApp>;
  let unbuilt: ReturnType<typeof createApp>;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'shangan-web-'));
    const dist = join(scratch, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'x.js'), SCRIPT);
    writeFileSync(join(scratch, 'secret.txt'), SECRET);
    mkdirSync(join(scratch, 'empty'));
    database = await openTestPglite();
    await ensureLocalUser(database.db);
    const dependencies = { database, config, lpr: createLprTable(), version: 'test', log: () => {} };
    built = createApp({ ...dependencies, web: loadWebAssets(dist) });
    unbuilt = createApp({ ...dependencies, web: loadWebAssets(join(scratch, 'empty')) });
  });

  afterAll(async () => {
    await database.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const get = (app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { host: ownHost, ...headers } });

  it('serves index.html at / under the strict CSP, never cached', async () => {
    const response = await get(built, '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const response = await get(built, '/assets/x.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(SCRIPT);
  });

  it('sends gzip when the browser asks for it, and plain bytes otherwise', async () => {
    for (const [path, file] of [
      ['/', INDEX],
      ['/assets/x.js', SCRIPT],
    ] as const) {
      const zipped = await get(built, path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
      expect(gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8')).toBe(file);

      const plain = await get(built, path, { 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(file);
    }
    // The script repeats itself, so the gzip twin is much smaller: it is really compressed.
    const script = await get(built, '/assets/x.js', { 'accept-encoding': 'gzip' });
    expect((await script.arrayBuffer()).byteLength).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it('still routes /api/* to the API, with its own JSON 404', async () => {
    const health = await get(built, '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, auth: 'local', version: 'test' });
    const cases = await get(built, '/api/cases');
    expect(await cases.json()).toEqual({ cases: [] });
    const missing = await get(built, '/api/no-such-endpoint');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 404 for paths that are not part of the build', async () => {
    for (const path of ['/nope', '/index.html', '/assets/missing.js', '/assets/', '/assets/x.js/']) {
      const response = await get(built, path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<script');
    }
  });

  it('reaches no file outside the build, however the path is spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/secret.txt',
    ]) {
      const response = await get(built, path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain(SECRET);
    }
  });

  it('says "not built" with a 503 at / when there is no build, and serves no assets', async () => {
    const response = await get(unbuilt, '/');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('npm run build');
    expect(page).toContain('not built');
    expect(page).not.toContain('<script');
    expect((await get(unbuilt, '/assets/x.js')).status).toBe(404);
    expect((await get(unbuilt, '/api/health')).status).toBe(200);
  });
});
