import { describe, expect, it } from 'vitest';
import { archiveHeadroom } from './archive/archive-limits.js';
import { readConfig } from './config.js';

const MB = 1024 * 1024;

describe('readConfig: archive limit', () => {
  it('defaults to 256 MB, above the evidence limit plus the headroom an export needs', () => {
    const config = readConfig({});
    expect(config.maxArchiveBytes).toBe(256 * MB);
    expect(config.maxArchiveBytes).toBeGreaterThanOrEqual(config.maxEvidenceBytes + archiveHeadroom());
    expect(readConfig({ MAX_ARCHIVE_MB: '64' }).maxArchiveBytes).toBe(64 * MB);
  });

  it('refuses an archive limit an export could exceed, naming the variable and the least value', () => {
    expect(() => readConfig({ MAX_EVIDENCE_MB: '20', MAX_ARCHIVE_MB: '30' })).toThrow(
      /MAX_ARCHIVE_MB: must be at least 33 /,
    );
    expect(() => readConfig({ MAX_ARCHIVE_MB: 'lots' })).toThrow(/MAX_ARCHIVE_MB/);
    expect(() => readConfig({ MAX_ARCHIVE_MB: '0' })).toThrow(/MAX_ARCHIVE_MB/);
  });
});
