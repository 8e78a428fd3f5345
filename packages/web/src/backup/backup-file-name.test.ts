import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup-file-name';

describe('backup file names', () => {
  it('carry the kind and this device’s local date, nothing personal', () => {
    // Local time: late evening on 2 May is still 2 May, whatever UTC says.
    expect(backupFileName('backup', new Date(2026, 4, 2, 23, 59))).toBe('shangan-backup-2026-05-02.age');
    expect(backupFileName('share', new Date(2027, 0, 9, 0, 0))).toBe('shangan-share-2027-01-09.age');
  });
});
