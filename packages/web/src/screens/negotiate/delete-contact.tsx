import type { Contact } from '@shangan/core';
import { useState } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { useMessages } from '../../i18n/messages';
import { contactMessages } from './contact-messages';

interface DeleteContactProps {
  caseId: string;
  debtId: string;
  contactId: string;
  contact: Contact;
  onChanged: () => void;
}

/**
 * Deletes one contact after a confirm step; works at any limit. Its evidence files stay in the
 * case. Undo logs the same contact again (its files are then no longer attached to it).
 */
export function DeleteContact({ caseId, debtId, contactId, contact, onChanged }: DeleteContactProps) {
  const text = useMessages(contactMessages);
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'deleted'>('idle');
  const [failed, setFailed] = useState(false);

  const run = async (action: () => Promise<unknown>, next: typeof step) => {
    setStep('busy');
    setFailed(false);
    try {
      await action();
      setStep(next);
      onChanged();
    } catch {
      setFailed(true);
      setStep(next === 'deleted' ? 'confirm' : 'deleted');
    }
  };
  const remove = () =>
    run(
      () => api.cases[':caseId'].contacts[':contactId'].$delete({ param: { caseId, contactId } }),
      'deleted',
    );
  const undo = () =>
    run(
      () =>
        expectOk(
          api.cases[':caseId'].debts[':debtId'].contacts.$post({ param: { caseId, debtId }, json: contact }),
        ),
      'idle',
    );

  return (
    <div class="delete-contact no-print">
      {failed && <p role="alert">{text.deleteFailed}</p>}
      {step === 'idle' && (
        <button type="button" class="button-secondary" onClick={() => setStep('confirm')}>
          {text.deleteContact}
        </button>
      )}
      {(step === 'confirm' || step === 'busy') && (
        <p>
          {text.deleteConfirm}{' '}
          <button type="button" class="button-danger" disabled={step === 'busy'} onClick={remove}>
            {text.deleteYes}
          </button>{' '}
          <button
            type="button"
            class="button-secondary"
            disabled={step === 'busy'}
            onClick={() => setStep('idle')}
          >
            {text.deleteNo}
          </button>
        </p>
      )}
      {step === 'deleted' && (
        <p role="status">
          {text.deleted}{' '}
          <button type="button" class="button-secondary" onClick={undo}>
            {text.undoDelete}
          </button>
        </p>
      )}
    </div>
  );
}
