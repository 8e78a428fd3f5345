import {
  agreementSchema,
  DEFAULT_CERTIFICATE_DAYS,
  formatYuan,
  MAX_AGREEMENT_NOTES_LENGTH,
  toValidationIssues,
} from '@shangan/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { Field } from '../../ui/field';
import { showYuan } from '../../ui/format';
import {
  type AgreementDraft,
  agreementIssues,
  emptyAgreement,
  evenInstalments,
  instalmentSum,
  toAgreementBody,
} from './agreement-draft';
import { agreementMessages } from './agreement-messages';
import { EvidenceFilesField } from './evidence-files-field';
import { toLocalMinute } from './local-time';
import { SaveOutcome } from './save-outcome';
import { useEvidenceUpload } from './use-evidence-upload';

interface AgreementFormProps {
  caseId: string;
  debtId: string;
  /** The form as it starts: empty, or filled from an offer the person accepts. */
  initial?: AgreementDraft;
  onSaved: () => void;
}

/**
 * Records a written repayment agreement: the total, the terms, and each instalment. The core's
 * agreementSchema checks it before it is sent (the instalments must add up to the total to the fen),
 * and the server checks it again; every message sits beside its field and nothing typed is lost.
 */
export function AgreementForm({ caseId, debtId, initial, onSaved }: AgreementFormProps) {
  const text = useMessages(agreementMessages);
  const { locale } = useLocale();
  const [draft, setDraft] = useState<AgreementDraft>(() => initial ?? emptyAgreement());
  const [files, setFiles] = useState<File[]>([]);
  const [fileInputKey, setFileInputKey] = useState(0);
  const upload = useEvidenceUpload(caseId, onSaved);
  const [even, setEven] = useState({ count: '', firstDue: '' });
  const [evenError, setEvenError] = useState<string | undefined>();
  const [issues, setIssues] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues]);

  const change = <K extends keyof AgreementDraft>(key: K, value: AgreementDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const changeRow = (index: number, key: 'dueOn' | 'amount', value: string) =>
    change(
      'instalments',
      draft.instalments.map((row, at) => (at === index ? { ...row, [key]: value } : row)),
    );

  const generate = () => {
    const split = evenInstalments(draft.total, even.count, even.firstDue);
    if (!split.ok) return setEvenError(text.evenErrors[split.field]);
    setEvenError(undefined);
    change('instalments', split.instalments);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    setSaved('');
    const body = toAgreementBody(draft);
    const checked = agreementSchema.safeParse(body);
    if (!checked.success) {
      setIssues(agreementIssues(toValidationIssues(checked.error, body), locale));
      return;
    }
    setIssues(new Map());
    setBusy(true);
    try {
      await expectOk(
        api.cases[':caseId'].debts[':debtId'].agreements.$post({ param: { caseId, debtId }, json: body }),
      );
      setDraft(emptyAgreement());
      setEven({ count: '', firstDue: '' });
      setSaved(text.saved);
      onSaved();
      if (files.length > 0) {
        // The signed copy is evidence like any other: a contact of its own in the log, with the files.
        const contact = await expectOk(
          api.cases[':caseId'].debts[':debtId'].contacts.$post({
            param: { caseId, debtId },
            json: {
              at: toLocalMinute(new Date()),
              channel: 'other',
              direction: 'incoming',
              notes: text.signedCopyContact,
            },
          }),
        );
        const chosen = files;
        setFiles([]);
        setFileInputKey((key) => key + 1);
        await upload.start(contact.id, chosen);
      }
    } catch (error) {
      const apiFailure = error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error));
      if (apiFailure.issues.length > 0) setIssues(agreementIssues(apiFailure.issues, locale));
      setFailure(apiFailure);
    } finally {
      setBusy(false);
    }
  };

  const sum = instalmentSum(draft.instalments);
  const known = new Set([
    'signedOn',
    'total',
    'terms.waived',
    'terms.certificateDays',
    'terms.graceDays',
    'terms.notes',
    'instalments',
    ...draft.instalments.flatMap((_, index) => [
      `instalments[${index}].dueOn`,
      `instalments[${index}].amount`,
    ]),
  ]);
  const unplaced = [...issues].filter(([path]) => !known.has(path));

  return (
    <form
      ref={form}
      class="card agreement-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="agreement-form-title"
    >
      <h2 id="agreement-form-title">{text.formTitle}</h2>
      {issues.size > 0 && (
        <div class="notice notice-error" role="alert">
          <p>{text.fixFields}</p>
          {unplaced.map(([path, message]) => (
            <p key={path}>
              <code>{path}</code>: {message}
            </p>
          ))}
        </div>
      )}
      <Input
        label={text.total}
        hint={text.totalHint}
        error={issues.get('total')}
        value={draft.total}
        inputMode="decimal"
        onValue={(value) => change('total', value)}
      />
      <Input
        label={text.signedOn}
        type="date"
        error={issues.get('signedOn')}
        value={draft.signedOn}
        onValue={(value) => change('signedOn', value)}
      />
      <Input
        label={text.waived}
        error={issues.get('terms.waived')}
        value={draft.waived}
        inputMode="decimal"
        onValue={(value) => change('waived', value)}
      />
      <Input
        label={text.certificateDays}
        hint={text.certificateHint(DEFAULT_CERTIFICATE_DAYS)}
        error={issues.get('terms.certificateDays')}
        value={draft.certificateDays}
        inputMode="numeric"
        onValue={(value) => change('certificateDays', value)}
      />
      <Input
        label={text.graceDays}
        hint={text.graceHint}
        error={issues.get('terms.graceDays')}
        value={draft.graceDays}
        inputMode="numeric"
        onValue={(value) => change('graceDays', value)}
      />
      <Field label={text.notes} hint={text.notesHint} error={issues.get('terms.notes')}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={3}
            maxLength={MAX_AGREEMENT_NOTES_LENGTH}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={draft.notes}
            onInput={(event) => change('notes', event.currentTarget.value)}
          />
        )}
      </Field>

      <fieldset class="even-split">
        <legend>{text.evenTitle}</legend>
        <p class="hint">{text.evenHint}</p>
        <div class="row even-fields">
          <Input
            label={text.evenCount}
            value={even.count}
            inputMode="numeric"
            onValue={(count) => setEven({ ...even, count })}
          />
          <Input
            label={text.evenFirst}
            type="date"
            value={even.firstDue}
            onValue={(firstDue) => setEven({ ...even, firstDue })}
          />
        </div>
        <button type="button" class="button button-secondary" onClick={generate}>
          {text.evenButton}
        </button>
        {evenError !== undefined && (
          <p class="field-error" role="alert">
            {evenError}
          </p>
        )}
      </fieldset>

      <fieldset class="instalment-rows">
        <legend>{text.instalmentsTitle}</legend>
        <ol class="instalment-list">
          {draft.instalments.map((row, index) => (
            // Rows have no identity but their position, as their labels say ("instalment n").
            <li key={index} class="row instalment-row">
              <Input
                label={text.rowDue(index + 1)}
                type="date"
                error={issues.get(`instalments[${index}].dueOn`)}
                value={row.dueOn}
                onValue={(value) => changeRow(index, 'dueOn', value)}
              />
              <Input
                label={text.rowAmount(index + 1)}
                error={issues.get(`instalments[${index}].amount`)}
                value={row.amount}
                inputMode="decimal"
                onValue={(value) => changeRow(index, 'amount', value)}
              />
              <button
                type="button"
                class="button button-quiet"
                disabled={draft.instalments.length === 1}
                onClick={() =>
                  change(
                    'instalments',
                    draft.instalments.filter((_, at) => at !== index),
                  )
                }
              >
                {text.removeRow(index + 1)}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => change('instalments', [...draft.instalments, { dueOn: '', amount: '' }])}
        >
          {text.addRow}
        </button>
        <p class="numbers" aria-live="polite">
          {sum === undefined ? '' : text.sum(showYuan(formatYuan(sum), locale))}
        </p>
        {issues.get('instalments') !== undefined && (
          <p class="field-error" role="alert">
            {issues.get('instalments')}
          </p>
        )}
      </fieldset>

      <EvidenceFilesField
        label={text.signedCopy}
        hint={text.signedCopyHint}
        resetKey={fileInputKey}
        count={files.length}
        onFiles={setFiles}
      />

      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.save}
        </button>
      </div>
      <SaveOutcome
        error={failure?.issues.length === 0 ? failure : undefined}
        saved={saved}
        upload={upload}
        headingLevel={3}
      />
    </form>
  );
}

interface InputProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  onValue: (value: string) => void;
}

function Input({ label, hint, error, value, type = 'text', inputMode, onValue }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
