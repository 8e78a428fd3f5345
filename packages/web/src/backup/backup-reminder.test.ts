import { describe, expect, it } from 'vitest';
import {
  BACKUP_RECORD_KEY,
  importantWriteCase,
  noteBackupEvent,
  readBackupRecords,
  reminderDue,
  type TextStorage,
} from './backup-reminder';

function memoryStorage(
  initial: Record<string, string> = {},
): TextStorage & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    getItem: (key) => values[key] ?? null,
    setItem: (key, value) => {
      values[key] = value;
    },
  };
}

describe('the backup reminder', () => {
  it('counts an agreement, evidence, a paid instalment and a contact as worth a backup; not a plain edit', () => {
    expect(importantWriteCase('POST', '/api/cases/c%201/evidence')).toBe('c 1');
    expect(importantWriteCase('POST', '/api/cases/c1/debts/d1/agreements')).toBe('c1');
    expect(importantWriteCase('POST', '/api/cases/c1/agreements/a1/instalments/2/paid')).toBe('c1');
    expect(importantWriteCase('POST', '/api/cases/c1/debts/d1/contacts')).toBe('c1');
    expect(importantWriteCase('PUT', '/api/cases/c1')).toBeUndefined();
    expect(importantWriteCase('DELETE', '/api/cases/c1/agreements/a1/instalments/2/paid')).toBeUndefined();
    expect(importantWriteCase('POST', '/api/cases/c1/messages/read')).toBeUndefined();
  });

  it('is due after a change, until a backup or a dismissal that comes after it', () => {
    expect(reminderDue(undefined)).toBe(false);
    expect(reminderDue({ backedUpAt: '2026-05-01T10:00:00.000Z' })).toBe(false);
    expect(reminderDue({ changedAt: '2026-05-01T10:00:00.000Z' })).toBe(true);
    const changedAt = '2026-05-02T10:00:00.000Z';
    expect(reminderDue({ changedAt, backedUpAt: '2026-05-01T10:00:00.000Z' })).toBe(true);
    expect(reminderDue({ changedAt, backedUpAt: '2026-05-02T10:00:01.000Z' })).toBe(false);
    expect(reminderDue({ changedAt, dismissedAt: '2026-05-02T11:00:00.000Z' })).toBe(false);
  });

  it('keeps one record per case under one key, and reads a damaged value as none', () => {
    const storage = memoryStorage();
    noteBackupEvent(storage, 'c1', 'changedAt', '2026-05-02T10:00:00.000Z');
    noteBackupEvent(storage, 'c1', 'backedUpAt', '2026-05-02T11:00:00.000Z');
    noteBackupEvent(storage, 'c2', 'changedAt', '2026-05-03T10:00:00.000Z');
    expect(readBackupRecords(storage)).toEqual({
      c1: { changedAt: '2026-05-02T10:00:00.000Z', backedUpAt: '2026-05-02T11:00:00.000Z' },
      c2: { changedAt: '2026-05-03T10:00:00.000Z' },
    });
    expect(readBackupRecords(memoryStorage({ [BACKUP_RECORD_KEY]: '{not json' }))).toEqual({});
    expect(readBackupRecords(memoryStorage({ [BACKUP_RECORD_KEY]: '[1]' }))).toEqual({});
    expect(
      readBackupRecords(memoryStorage({ [BACKUP_RECORD_KEY]: '{"c1":{"changedAt":5,"backedUpAt":"x"}}' })),
    ).toEqual({
      c1: { backedUpAt: 'x' },
    });
    expect(readBackupRecords(undefined)).toEqual({});
  });
});
