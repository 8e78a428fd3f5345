import { describe, expect, it } from 'vitest';
import { archiveHeadroom, caseFileEntryLimit } from './archive/archive-limits.js';
import { readConfig } from './config.js';

const MB = 1024 * 1024;

describe('case limits in the environment', () => {
  it('defaults to 1,000 contacts and 200 MB of evidence per case', () => {
    const config = readConfig({});
    expect(config.maxContactsPerCase).toBe(1000);
    expect(config.maxCaseEvidenceBytes).toBe(200 * MB);
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

describe('readConfig: archive limit', () => {
  it('defaults to what the export of a case at its limits needs, so every export re-imports', () => {
    const config = readConfig({});
    const needed =
      config.maxCaseEvidenceBytes + archiveHeadroom(caseFileEntryLimit(config.maxContactsPerCase));
    expect(config.maxArchiveBytes).toBe(needed);
    // Fewer contacts allowed: a smaller case file, a smaller archive.
    expect(readConfig({ MAX_CONTACTS_PER_CASE: '100' }).maxArchiveBytes).toBeLessThan(needed);
    expect(readConfig({ MAX_ARCHIVE_MB: '1000' }).maxArchiveBytes).toBe(1000 * MB);
  });

  it('refuses an archive limit an export could exceed, naming the variable and the least value', () => {
    const least = Math.ceil(readConfig({ MAX_CASE_EVIDENCE_MB: '20' }).maxArchiveBytes / MB);
    expect(() => readConfig({ MAX_CASE_EVIDENCE_MB: '20', MAX_ARCHIVE_MB: '30' })).toThrow(
      new RegExp(`MAX_ARCHIVE_MB: must be at least ${least} `),
    );
    expect(() => readConfig({ MAX_ARCHIVE_MB: 'lots' })).toThrow(/MAX_ARCHIVE_MB/);
    expect(() => readConfig({ MAX_ARCHIVE_MB: '0' })).toThrow(/MAX_ARCHIVE_MB/);
  });
});
