import { useState } from 'preact/hooks';
import type { BackupLock } from '../../backup/age-file';
import { localTextStorage, noteBackupEvent } from '../../backup/backup-reminder';
import type { BackupResult } from '../../backup/backup-result';
import { runInWorker } from '../../backup/backup-worker-client';
import type { StoredHelperKey } from '../../backup/helper-key-store';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { importCaseZip, restoredCounts } from './case-archive';
import { backupMessages, type RestoredCounts } from './messages';

type Step = 'idle' | 'reading' | 'decrypting' | 'importing';

interface Picked {
  bytes: Uint8Array;
  lock: BackupResult<BackupLock>;
}

/**
 * A backup (passphrase) or a file shared with this helper (their key, from IndexedDB), decrypted
 * in a worker of this page and posted as the plain export to the server's import: a new case. The
 * file's header says which secret it needs, so only that one is asked for.
 */
export function RestoreSection({
  helperKey,
  onRestored,
}: {
  helperKey: StoredHelperKey | undefined;
  /** A new case exists: the screen's list of cases is read again. */
  onRestored: () => void;
}) {
  const text = useMessages(backupMessages);
  const current = useCurrentCase();
  const [picked, setPicked] = useState<Picked | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<
    { field: 'file' | 'passphrase'; message: string } | undefined
  >();
  const [step, setStep] = useState<Step>('idle');
  const [restored, setRestored] = useState<{ caseId: string; counts: RestoredCounts } | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const lock = picked?.lock.ok ? picked.lock.value : undefined;

  const pick = async (file: File | undefined) => {
    setPicked(undefined);
    setRestored(undefined);
    setFailure(undefined);
    setFieldError(undefined);
    if (file === undefined) return;
    setStep('reading');
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const found = await runInWorker({ op: 'inspect', bytes });
      setPicked({ bytes, lock: found });
      if (!found.ok) setFieldError({ field: 'file', message: text.fileError[found.error] });
      else if (found.value === 'key' && helperKey === undefined) {
        setFieldError({ field: 'file', message: text.restoreNoKey });
      }
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setStep('idle');
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (step !== 'idle') return;
    setRestored(undefined);
    setFailure(undefined);
    if (picked === undefined) return setFieldError({ field: 'file', message: text.restoreFileMissing });
    if (!picked.lock.ok) return setFieldError({ field: 'file', message: text.fileError[picked.lock.error] });
    if (lock === 'key' && helperKey === undefined)
      return setFieldError({ field: 'file', message: text.restoreNoKey });
    if (lock === 'passphrase' && passphrase === '') {
      return setFieldError({ field: 'passphrase', message: text.restorePassphraseMissing });
    }
    setFieldError(undefined);
    try {
      setStep('decrypting');
      const opened =
        lock === 'key' && helperKey !== undefined
          ? await runInWorker({
              op: 'decrypt-with-identity',
              bytes: picked.bytes,
              identity: helperKey.identity,
            })
          : await runInWorker({ op: 'decrypt-backup', bytes: picked.bytes, passphrase });
      if (!opened.ok) {
        const field = opened.error === 'wrong_passphrase' ? 'passphrase' : 'file';
        return setFieldError({ field, message: text.fileError[opened.error] });
      }
      setPassphrase('');
      setStep('importing');
      const caseId = await importCaseZip(opened.value);
      // The new case is exactly what the file holds: it is backed up as of now.
      noteBackupEvent(localTextStorage(), caseId, 'backedUpAt', new Date().toISOString());
      onRestored();
      setRestored({ caseId, counts: await restoredCounts(caseId) });
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setStep('idle');
    }
  };

  const open = async (caseId: string) => {
    await current.select(caseId);
    navigate('/overview');
  };

  return (
    <section class="card" aria-labelledby="restore-title">
      <h2 id="restore-title">{text.restoreTitle}</h2>
      <p>{text.restoreBody}</p>
      <form noValidate onSubmit={submit}>
        <Field label={text.restoreFile} error={fieldError?.field === 'file' ? fieldError.message : undefined}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="file"
              accept=".age,application/octet-stream,text/plain"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => pick(event.currentTarget.files?.[0])}
            />
          )}
        </Field>
        {lock === 'key' && helperKey !== undefined && <p class="notice">{text.restoreWithKey}</p>}
        {lock === 'passphrase' && (
          <Field
            label={text.restorePassphrase}
            error={fieldError?.field === 'passphrase' ? fieldError.message : undefined}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="password"
                autoComplete="current-password"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                value={passphrase}
                onInput={(event) => setPassphrase(event.currentTarget.value)}
              />
            )}
          </Field>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={step !== 'idle'}>
            {text.restoreSubmit}
          </button>
        </div>
        {step === 'reading' && <Loading />}
        {step === 'decrypting' && <Loading label={text.decrypting} />}
        {step === 'importing' && <Loading label={text.importing} />}
        {failure !== undefined && <ErrorNotice error={failure} />}
      </form>
      {restored !== undefined && (
        <div class="notice notice-ok" role="status">
          <p>{text.restored(restored.counts)}</p>
          <button type="button" class="button" onClick={() => open(restored.caseId)}>
            {text.openRestored}
          </button>
        </div>
      )}
    </section>
  );
}
