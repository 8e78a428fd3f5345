import { useEffect, useState } from 'preact/hooks';
import { onSuccessfulWrite } from '../api/write-listeners';
import { localDateText } from '../backup/backup-file-name';
import {
  importantWriteCase,
  localTextStorage,
  noteBackupEvent,
  onBackupRecordsChange,
  readBackupRecords,
  reminderDue,
} from '../backup/backup-reminder';
import { useMessages } from '../i18n/messages';
import { hrefTo, useCurrentPath } from '../routing/router';
import { useSession } from '../session/session';
import { backupReminderMessages } from './backup-reminder-messages';
import { useCurrentCase } from './current-case';

/**
 * After an important write of the current case (backup-reminder.ts says which), a calm,
 * dismissible suggestion to back it up, with the date of the last backup from this browser. It
 * notes the writes itself, from the API client, so no screen has to remember to call it.
 */
export function BackupReminderNotice() {
  const text = useMessages(backupReminderMessages);
  const current = useCurrentCase();
  const session = useSession();
  const path = useCurrentPath();
  const [records, setRecords] = useState(() => readBackupRecords(localTextStorage()));
  useEffect(() => onBackupRecordsChange(() => setRecords(readBackupRecords(localTextStorage()))), []);
  useEffect(
    () =>
      onSuccessfulWrite((method, written) => {
        const caseId = importantWriteCase(method, written);
        if (caseId !== undefined)
          noteBackupEvent(localTextStorage(), caseId, 'changedAt', new Date().toISOString());
      }),
    [],
  );
  const caseId = current.caseId;
  // Advisors cannot make a client's backup; on the backup screen the form itself is the reminder.
  if (caseId === undefined || session.account?.role === 'advisor' || path === '/backup') return null;
  const record = records[caseId];
  if (!reminderDue(record)) return null;
  const last = record?.backedUpAt;
  return (
    <div class="notice notice-warn no-print" role="status">
      <p>
        {text.body} {last === undefined ? text.never : text.last(localDateText(new Date(last)))}
      </p>
      <div class="actions">
        <a class="button" href={hrefTo('/backup')}>
          {text.backupNow}
        </a>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => noteBackupEvent(localTextStorage(), caseId, 'dismissedAt', new Date().toISOString())}
        >
          {text.later}
        </button>
      </div>
    </div>
  );
}
