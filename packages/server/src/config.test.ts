import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('case limits in the environment', () => {
  it('defaults to 1,000 contacts and 500 MB of evidence per case', () => {
    const config = readConfig({});
    expect(config.maxContactsPerCase).toBe(1000);
    expect(config.maxCaseEvidenceBytes).toBe(500 * 1024 * 1024);
  });

  it('reads MAX_CONTACTS_PER_CASE and MAX_CASE_EVIDENCE_MB', () => {
    const config = readConfig({
      MAX_CONTACTS_PER_CASE: '50',
      MAX_EVIDENCE_MB: '1',
      MAX_CASE_EVIDENCE_MB: '1.5',
    });
    expect(config.maxContactsPerCase).toBe(50);
    expect(config.maxCaseEvidenceBytes).toBe(1.5 * 1024 * 1024);
  });

  it.each([
    [{ MAX_CONTACTS_PER_CASE: '0' }, 'MAX_CONTACTS_PER_CASE'],
    [{ MAX_CONTACTS_PER_CASE: '2.5' }, 'MAX_CONTACTS_PER_CASE'],
    [{ MAX_CONTACTS_PER_CASE: '2001' }, 'MAX_CONTACTS_PER_CASE'],
    [{ MAX_CASE_EVIDENCE_MB: 'lots' }, 'MAX_CASE_EVIDENCE_MB'],
    [
      { MAX_CASE_EVIDENCE_MB: '10' },
      'MAX_CASE_EVIDENCE_MB: MAX_CASE_EVIDENCE_MB must be at least MAX_EVIDENCE_MB',
    ],
  ])('refuses %o, naming the variable', (env, named) => {
    expect(() => readConfig(env)).toThrow(named);
  });
});

describe('readConfig', () => {
  it('refuses local mode on any host but loopback, and says to use AUTH=accounts', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'shangan.example']) {
      expect(() => readConfig({ HOST: host })).toThrow(/^invalid environment: HOST: .*set AUTH=accounts/);
      expect(() => readConfig({ HOST: host, AUTH: 'local' })).toThrow(/AUTH=accounts/);
      expect(readConfig({ HOST: host, AUTH: 'accounts' }).host).toBe(host);
    }
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(readConfig({ HOST: host }).host).toBe(host);
  });

  it('trusts no proxy by default; TRUST_PROXY=on is one, a number is that many', () => {
    expect(readConfig({}).trustProxyHops).toBe(0);
    for (const off of ['', 'off', 'false', '0', ' OFF '])
      expect(readConfig({ TRUST_PROXY: off }).trustProxyHops).toBe(0);
    for (const on of ['on', 'true', '1', 'TRUE'])
      expect(readConfig({ TRUST_PROXY: on }).trustProxyHops).toBe(1);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    for (const bad of ['yes', '11', '-1', '1.5', 'nginx']) {
      expect(() => readConfig({ TRUST_PROXY: bad })).toThrow(
        /^invalid environment: TRUST_PROXY: TRUST_PROXY must be off, on/,
      );
    }
  });
});
