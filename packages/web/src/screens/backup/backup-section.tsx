import type { CaseSummary } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { backupFileName, localDateText } from '../../backup/backup-file-name';
import { localTextStorage, noteBackupEvent, readBackupRecords } from '../../backup/backup-reminder';
import { runInWorker } from '../../backup/backup-worker-client';
import { checkNewPassphrase, type PassphraseIssue } from '../../backup/passphrase-rules';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { exportCaseZip } from './case-archive';
import { backupMessages } from './messages';
import { PassphraseFields } from './passphrase-fields';
import { formatSize, saveBytes } from './save-bytes';

type Step = 'idle' | 'exporting' | 'encrypting';

/**
 * The person's own backup: the case's complete export (phone and ID numbers included: the file is
 * encrypted), locked with a passphrase typed twice, downloaded as shangan-backup-DATE.age. The
 * passphrase lives in this form's state only until the file is made, and is never stored.
 */
export function BackupSection({
  cases,
  currentCaseId,
}: {
  cases: readonly CaseSummary[];
  currentCaseId: string | undefined;
}) {
  const text = useMessages(backupMessages);
  const [chosen, setChosen] = useState(currentCaseId ?? cases[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [issue, setIssue] = useState<PassphraseIssue | undefined>();
  const [step, setStep] = useState<Step>('idle');
  const [done, setDone] = useState<string | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const caseId = cases.some((item) => item.id === chosen) ? chosen : (cases[0]?.id ?? '');
  const lastBackup = readBackupRecords(localTextStorage())[caseId]?.backedUpAt;

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkNewPassphrase(passphrase, repeat)[0];
    setIssue(found);
    setDone(undefined);
    setFailure(undefined);
    if (found !== undefined || step !== 'idle') return;
    try {
      setStep('exporting');
      const zip = await exportCaseZip(caseId, true);
      setStep('encrypting');
      const encrypted = await runInWorker({ op: 'encrypt-backup', bytes: zip, passphrase });
      if (!encrypted.ok) throw new Error(text.fileError[encrypted.error]);
      const now = new Date();
      const fileName = backupFileName('backup', now);
      saveBytes(encrypted.value, fileName);
      noteBackupEvent(localTextStorage(), caseId, 'backedUpAt', now.toISOString());
      setPassphrase('');
      setRepeat('');
      setDone(text.backupDone(fileName, formatSize(encrypted.value.byteLength)));
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setStep('idle');
    }
  };

  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{text.backupTitle}</h2>
      <p>{text.backupBody}</p>
      {cases.length === 0 ? (
        <p class="muted">{text.noCases}</p>
      ) : (
        <form noValidate onSubmit={submit}>
          {cases.length > 1 && (
            <fieldset class="choices">
              <legend>{text.backupCase}</legend>
              {cases.map((item) => (
                <label key={item.id} class="choice">
                  <input
                    type="radio"
                    name="backup-case"
                    checked={item.id === caseId}
                    onChange={() => setChosen(item.id)}
                  />
                  <span>{item.title}</span>
                </label>
              ))}
            </fieldset>
          )}
          <p class="muted">
            {lastBackup === undefined
              ? text.neverBackedUp
              : text.lastBackup(localDateText(new Date(lastBackup)))}
          </p>
          <PassphraseFields
            passphrase={passphrase}
            repeat={repeat}
            issue={issue}
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
          />
          <p class="notice">{text.neverStored}</p>
          <div class="actions">
            <button type="submit" class="button" disabled={step !== 'idle'}>
              {text.backupSubmit}
            </button>
          </div>
          {step !== 'idle' && <Loading label={step === 'exporting' ? text.exporting : text.encrypting} />}
          {done !== undefined && (
            <p class="notice notice-ok" role="status">
              {done}
            </p>
          )}
          {failure !== undefined && <ErrorNotice error={failure} />}
        </form>
      )}
    </section>
  );
}
