import type { CaseSummary } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { backupFileName } from '../../backup/backup-file-name';
import { runInWorker } from '../../backup/backup-worker-client';
import { parseRecipient } from '../../backup/recipient-key';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { exportCaseZip } from './case-archive';
import { backupMessages } from './messages';
import { saveBytes } from './save-bytes';

type Step = 'idle' | 'exporting' | 'encrypting';

/**
 * The case encrypted to a helper's public key (pasted, checked precisely before anything is
 * exported), downloaded as shangan-share-DATE.age for the person to send. Phone and ID numbers
 * only when ticked, as for a plain export.
 */
export function ShareSection({
  cases,
  currentCaseId,
}: {
  cases: readonly CaseSummary[];
  currentCaseId: string | undefined;
}) {
  const text = useMessages(backupMessages);
  const [key, setKey] = useState('');
  const [keyError, setKeyError] = useState<string | undefined>();
  const [reveal, setReveal] = useState(false);
  const [step, setStep] = useState<Step>('idle');
  const [done, setDone] = useState<string | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const caseId = cases.find((item) => item.id === currentCaseId)?.id ?? cases[0]?.id;

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    setFailure(undefined);
    const parsed = parseRecipient(key);
    setKeyError(parsed.ok ? undefined : text.recipientProblem[parsed.problem]);
    if (!parsed.ok || caseId === undefined || step !== 'idle') return;
    try {
      setStep('exporting');
      const zip = await exportCaseZip(caseId, reveal);
      setStep('encrypting');
      const encrypted = await runInWorker({
        op: 'encrypt-to-recipient',
        bytes: zip,
        recipient: parsed.recipient,
      });
      if (!encrypted.ok) throw new Error(text.fileError[encrypted.error]);
      const fileName = backupFileName('share', new Date());
      saveBytes(encrypted.value, fileName);
      setDone(text.shareDone(fileName));
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setStep('idle');
    }
  };

  if (caseId === undefined) return null;
  const title = cases.find((item) => item.id === caseId)?.title ?? '';
  return (
    <section class="card" aria-labelledby="share-title">
      <h2 id="share-title">{text.shareTitle}</h2>
      <p>{text.shareBody}</p>
      {cases.length > 1 && <p class="muted">{text.shareCase(title)}</p>}
      <form noValidate onSubmit={submit}>
        <Field label={text.shareKey} hint={text.shareKeyHint} error={keyError}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              rows={3}
              spellcheck={false}
              autoComplete="off"
              autoCapitalize="off"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={key}
              onInput={(event) => setKey(event.currentTarget.value)}
            />
          )}
        </Field>
        <p class="notice notice-warn">{text.shareKeyWarning}</p>
        <label class="choice">
          <input
            type="checkbox"
            checked={reveal}
            aria-describedby="share-reveal-hint"
            onChange={(event) => setReveal(event.currentTarget.checked)}
          />
          <span>{text.shareReveal}</span>
        </label>
        <p class="hint" id="share-reveal-hint">
          {text.shareRevealHint}
        </p>
        <div class="actions">
          <button type="submit" class="button" disabled={step !== 'idle'}>
            {text.shareSubmit}
          </button>
        </div>
        {step !== 'idle' && <Loading label={step === 'exporting' ? text.exporting : text.shareEncrypting} />}
        {done !== undefined && (
          <p class="notice notice-ok" role="status">
            {done}
          </p>
        )}
        {failure !== undefined && <ErrorNotice error={failure} />}
      </form>
    </section>
  );
}
