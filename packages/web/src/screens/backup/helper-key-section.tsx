import { useEffect, useRef, useState } from 'preact/hooks';
import { localDateText } from '../../backup/backup-file-name';
import { runInWorker } from '../../backup/backup-worker-client';
import { deleteHelperKey, type StoredHelperKey, saveHelperKey } from '../../backup/helper-key-store';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { copyText } from '../documents/copy-text';
import { backupMessages } from './messages';
import { QrCode } from './qr-code';

type Step = 'idle' | 'creating' | 'confirming-delete';

/**
 * The helper's side: a key pair made in a worker and kept in IndexedDB (never uploaded), the
 * public key shown as text and as a QR code with a copy button, and a way to delete it.
 */
export function HelperKeySection({
  helperKey,
  onChange,
}: {
  helperKey: StoredHelperKey | undefined;
  onChange: (key: StoredHelperKey | undefined) => void;
}) {
  const text = useMessages(backupMessages);
  const [step, setStep] = useState<Step>('idle');
  const [copied, setCopied] = useState<boolean | undefined>();
  const [deleted, setDeleted] = useState(false);
  const [failure, setFailure] = useState<Error | undefined>();
  const warning = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === 'confirming-delete') warning.current?.focus();
  }, [step]);

  const fail = (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error)));

  const create = async () => {
    setFailure(undefined);
    setDeleted(false);
    setStep('creating');
    try {
      const made = await runInWorker({ op: 'create-key-pair' });
      if (!made.ok) throw new Error(text.fileError[made.error]);
      const stored = { ...made.value, createdAt: new Date().toISOString() };
      await saveHelperKey(stored);
      onChange(stored);
    } catch (error) {
      fail(error);
    } finally {
      setStep('idle');
    }
  };

  const remove = async () => {
    setFailure(undefined);
    try {
      await deleteHelperKey();
      onChange(undefined);
      setCopied(undefined);
      setDeleted(true);
    } catch (error) {
      fail(error);
    } finally {
      setStep('idle');
    }
  };

  return (
    <section class="card" aria-labelledby="helper-title">
      <h2 id="helper-title">{text.helperTitle}</h2>
      <p>{text.helperBody}</p>
      <p class="notice">{text.helperPrivate}</p>
      {helperKey === undefined ? (
        <div class="actions">
          <button type="button" class="button" disabled={step === 'creating'} onClick={create}>
            {text.helperCreate}
          </button>
        </div>
      ) : (
        <>
          <h3>{text.helperPublic}</h3>
          <p class="public-key">
            <code>{helperKey.recipient}</code>
          </p>
          <p class="muted">{text.helperCreated(localDateText(new Date(helperKey.createdAt)))}</p>
          <QrCode value={helperKey.recipient} label={text.helperQr} />
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={async () => setCopied(await copyText(helperKey.recipient))}
            >
              {text.copy}
            </button>
            {step !== 'confirming-delete' && (
              <button
                type="button"
                class="button button-secondary"
                onClick={() => setStep('confirming-delete')}
              >
                {text.helperDelete}
              </button>
            )}
          </div>
          <p role="status" class="backup-status">
            {copied === undefined ? '' : copied ? text.copied : text.copyFailed}
          </p>
          {step === 'confirming-delete' && (
            <div class="backup-confirm">
              <p ref={warning} tabIndex={-1}>
                {text.helperDeleteWarning}
              </p>
              <div class="actions">
                <button type="button" class="button button-danger" onClick={remove}>
                  {text.helperDeleteConfirm}
                </button>
                <button type="button" class="button button-secondary" onClick={() => setStep('idle')}>
                  {text.helperDeleteCancel}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {step === 'creating' && <Loading label={text.helperCreating} />}
      {deleted && (
        <p class="notice notice-ok" role="status">
          {text.helperDeleted}
        </p>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
    </section>
  );
}
