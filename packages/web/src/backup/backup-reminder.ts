/**
 * When each case was last backed up, last changed in a way worth a backup, and when the person last
 * put the reminder away: kept in this browser's localStorage under one key, as ISO instants. Never
 * a passphrase, never a key.
 */
export const BACKUP_RECORD_KEY = 'shangan.backup';

export interface CaseBackupRecord {
  backedUpAt?: string;
  changedAt?: string;
  dismissedAt?: string;
}

export type BackupRecords = Record<string, CaseBackupRecord>;

/** The part of the Web Storage API used here; a fake in tests. */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The writes after which a backup is worth making: evidence uploaded, an agreement recorded, one
 * of its instalments marked paid, a contact logged. Losing any of them means losing proof; an edit
 * of the debts can be typed again.
 */
const IMPORTANT_WRITES: readonly RegExp[] = [
  /^\/api\/cases\/([^/]+)\/evidence$/,
  /^\/api\/cases\/([^/]+)\/debts\/[^/]+\/agreements$/,
  /^\/api\/cases\/([^/]+)\/agreements\/[^/]+\/instalments\/[^/]+\/paid$/,
  /^\/api\/cases\/([^/]+)\/debts\/[^/]+\/contacts$/,
];

/** The case an accepted write changed in a way worth a backup, if it did. */
export function importantWriteCase(method: string, path: string): string | undefined {
  if (method !== 'POST') return undefined;
  for (const pattern of IMPORTANT_WRITES) {
    const caseId = pattern.exec(path)?.[1];
    if (caseId !== undefined) return decodeURIComponent(caseId);
  }
  return undefined;
}

/** Due when the case changed after its last backup and after the reminder was last put away. */
export function reminderDue(record: CaseBackupRecord | undefined): boolean {
  const changed = record?.changedAt;
  if (changed === undefined) return false;
  return [record?.backedUpAt, record?.dismissedAt].every((at) => at === undefined || at < changed);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored records; a missing, unreadable or foreign value reads as none. */
export function readBackupRecords(storage: TextStorage | undefined): BackupRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(BACKUP_RECORD_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const records: BackupRecords = {};
  for (const [caseId, value] of Object.entries(parsed)) {
    if (!isRecord(value)) continue;
    const record: CaseBackupRecord = {};
    for (const field of ['backedUpAt', 'changedAt', 'dismissedAt'] as const) {
      const at = value[field];
      if (typeof at === 'string') record[field] = at;
    }
    records[caseId] = record;
  }
  return records;
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever a record changes in this tab; returns the way to stop. */
export function onBackupRecordsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This browser's localStorage, or undefined where the browser refuses it (some private modes). */
export function localTextStorage(): TextStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Sets one field of a case's record (the storage may refuse: private browsing; then nothing). */
export function noteBackupEvent(
  storage: TextStorage | undefined,
  caseId: string,
  field: keyof CaseBackupRecord,
  at: string,
): void {
  const records = readBackupRecords(storage);
  records[caseId] = { ...records[caseId], [field]: at };
  try {
    storage?.setItem(BACKUP_RECORD_KEY, JSON.stringify(records));
  } catch {
    // Storage full or refused: the reminder is a convenience, the backup itself is unaffected.
  }
  for (const listener of listeners) listener();
}
