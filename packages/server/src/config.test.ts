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
