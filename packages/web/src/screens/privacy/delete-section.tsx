import type { CaseSummary } from '@shangan/contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { deleteHelperKey } from '../../backup/helper-key-store';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { browserStorage } from './browser-storage';
import { deleteAllData } from './delete-all-data';
import { privacyMessages } from './messages';

type Step = 'idle' | 'confirming' | 'deleting';

/**
 * Deletes every stored case and the app's data in this browser, after a confirmation that says
 * exactly what goes and asks for the word 删除, so a slip of the finger deletes nothing.
 */
export function DeleteSection({
  cases,
  storageKeys,
  accounts,
}: {
  cases: readonly CaseSummary[];
  storageKeys: readonly string[];
  accounts: boolean;
}) {
  const text = useMessages(privacyMessages);
  const current = useCurrentCase();
  const [step, setStep] = useState<Step>('idle');
  const [word, setWord] = useState('');
  const [wordError, setWordError] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  // The confirmation opens with focus on what will be deleted, so it is read first.
  const panel = useRef<HTMLHeadingElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (step === 'confirming') panel.current?.focus();
  }, [step]);

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (word.trim() !== text.deleteWord) {
      setWordError(text.deleteWrongWord);
      wordInput.current?.focus();
      return;
    }
    setWordError(undefined);
    setFailed(undefined);
    setStep('deleting');
    let problem: string | undefined;
    try {
      const result = await deleteAllData({
        listCases: async () => (await expectOk(api.cases.$get())).cases,
        deleteCase: (caseId) => expectOk(api.cases[':caseId'].$delete({ param: { caseId } })),
        deleteEverything: accounts ? undefined : () => expectOk(api.data.$delete()),
        storage: browserStorage(),
        deleteBrowserDatabases: deleteHelperKey,
      });
      if (result.failed.length > 0) {
        problem = text.deleteFailed(result.failed.map((item) => item.summary.title).join('、'));
      }
    } catch (error) {
      // The list itself could not be read: nothing was deleted.
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem !== undefined) {
      setFailed(problem);
      setStep('confirming');
      return;
    }
    current.clear();
    navigate('/start');
  };

  return (
    <section class="card delete-section" aria-labelledby="delete-title">
      <h2 id="delete-title">{text.deleteTitle}</h2>
      <p>{text.deleteBody}</p>
      {step === 'idle' ? (
        <button type="button" class="button button-danger" onClick={() => setStep('confirming')}>
          {text.deleteStart}
        </button>
      ) : (
        <div class="delete-confirm">
          <h3 ref={panel} tabIndex={-1}>
            {text.deleteWill}
          </h3>
          <ul>
            <li>
              {text.deleteCases(cases.length)}
              {cases.length > 0 && (
                <ul>
                  {cases.map((item) => (
                    <li key={item.id}>{item.title}</li>
                  ))}
                </ul>
              )}
            </li>
            <li>{text.deleteBrowser(storageKeys.length)}</li>
            <li>{text.deleteHelperKey}</li>
          </ul>
          {accounts && <p>{text.deleteAccountNote}</p>}
          <form noValidate onSubmit={confirm}>
            <Field label={text.deleteConfirmLabel} error={wordError}>
              {({ id, describedBy, invalid }) => (
                <input
                  ref={wordInput}
                  id={id}
                  type="text"
                  autoComplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  value={word}
                  onInput={(event) => setWord(event.currentTarget.value)}
                />
              )}
            </Field>
            {failed !== undefined && (
              <p class="notice notice-error" role="alert">
                {failed}
              </p>
            )}
            <div class="actions">
              <button type="submit" class="button button-danger" disabled={step === 'deleting'}>
                {text.deleteConfirm}
              </button>
              <button
                type="button"
                class="button button-secondary"
                disabled={step === 'deleting'}
                onClick={() => {
                  setStep('idle');
                  setWord('');
                  setWordError(undefined);
                  setFailed(undefined);
                }}
              >
                {text.deleteCancel}
              </button>
            </div>
            {step === 'deleting' && <Loading label={text.deleting} />}
          </form>
        </div>
      )}
    </section>
  );
}
