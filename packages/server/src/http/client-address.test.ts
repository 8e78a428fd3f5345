import { createLprTable } from '@shangan/core';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { openTestPglite } from '../test-support/test-database.js';
import { createApp } from './app.js';
import { clientAddress, servedOverHttps } from './client-address.js';

/** What the two functions make of a request from `peer` with these headers, given `hops`. */
async function seen(
  hops: number,
  peer: string | undefined,
  headers: Record<string, string>,
  url = 'http://x/',
) {
  const app = new Hono().get('/', (c) =>
    c.json({ address: clientAddress(c, hops), https: servedOverHttps(c, hops) }),
  );
  const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
  return (await app.request(url, { headers }, env)).json();
}

describe('clientAddress and servedOverHttps', () => {
  it('without a trusted proxy read only the socket and the request', async () => {
    const spoofed = { 'x-forwarded-for': '192.0.2.1', 'x-forwarded-proto': 'https' };
    expect(await seen(0, '198.51.100.9', spoofed)).toEqual({ address: '198.51.100.9', https: false });
    expect(await seen(0, '::ffff:198.51.100.9', {})).toEqual({ address: '198.51.100.9', https: false });
    expect(await seen(0, undefined, spoofed)).toEqual({ address: 'unknown', https: false });
    expect(await seen(0, '198.51.100.9', {}, 'https://x/')).toEqual({ address: '198.51.100.9', https: true });
  });

  it('with N trusted proxies take the N-th entry from the right', async () => {
    const chain = { 'x-forwarded-for': '192.0.2.1, 203.0.113.5, 10.0.0.3', 'x-forwarded-proto': 'https' };
    expect(await seen(1, '10.0.0.2', chain)).toEqual({ address: '10.0.0.3', https: true });
    expect(await seen(2, '10.0.0.2', chain)).toEqual({ address: '203.0.113.5', https: true });
    // Fewer entries than proxies: the left-most; none, or not an address: the socket.
    expect(await seen(5, '10.0.0.2', chain)).toEqual({ address: '192.0.2.1', https: true });
    expect(await seen(1, '10.0.0.2', {})).toEqual({ address: '10.0.0.2', https: false });
    expect(await seen(1, '10.0.0.2', { 'x-forwarded-for': 'unknown' })).toEqual({
      address: '10.0.0.2',
      https: false,
    });
    expect(await seen(1, '10.0.0.2', { 'x-forwarded-proto': 'http' })).toEqual({
      address: '10.0.0.2',
      https: false,
    });
  });
});

describe('Strict-Transport-Security', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestPglite();
  }, 60_000);
  afterAll(() => database?.close());

  const hsts = async (trustProxy: string, url: string, headers: Record<string, string> = {}) => {
    const config = readConfig({ AUTH: 'accounts', HOST: '0.0.0.0', TRUST_PROXY: trustProxy });
    const app = createApp({ database, config, lpr: createLprTable(), version: 'test' });
    const response = await app.request(url, { headers: { host: 'shangan.example', ...headers } });
    expect(response.status).toBe(200);
    return response.headers.get('strict-transport-security');
  };

  it('is sent over https, directly or through a trusted proxy, and never over plain http', async () => {
    expect(await hsts('off', 'https://shangan.example/api/health')).toBe('max-age=31536000');
    expect(await hsts('off', 'http://shangan.example/api/health')).toBeNull();
    expect(
      await hsts('off', 'http://shangan.example/api/health', { 'x-forwarded-proto': 'https' }),
    ).toBeNull();
    expect(await hsts('1', 'http://shangan.example/api/health', { 'x-forwarded-proto': 'https' })).toBe(
      'max-age=31536000',
    );
    expect(await hsts('1', 'http://shangan.example/api/health', { 'x-forwarded-proto': 'http' })).toBeNull();
  });
});
