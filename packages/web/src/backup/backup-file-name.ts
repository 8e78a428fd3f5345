/** What the file is: the person's own backup, or a copy shared with a helper. */
export type BackupFileKind = 'backup' | 'share';

/**
 * `shangan-backup-2026-05-02.age`: the kind and the local date of this device, no name or number
 * of the person (a file name shows in chats and cloud drives). `.age` tells an age tool what it is.
 */
export function backupFileName(kind: BackupFileKind, now: Date): string {
  return `shangan-${kind}-${localDateText(now)}.age`;
}

/** `2026-05-02`: the date on this device's calendar. */
export function localDateText(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
