import {
  CHANNEL_LABELS,
  CONTACT_CHANNELS,
  CONTACT_FLAG_LABELS,
  CONTACT_TEXT_LIMITS,
  type ContactChannel,
  contactSchema,
  MARKED_CONTACT_FLAGS,
  type MarkedContactFlag,
  toValidationIssues,
} from '@shangan/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { Field } from '../../ui/field';
import {
  COUNTERPART_MAX_LENGTH,
  type ContactDraft,
  type DraftField,
  issuesByField,
  newDraft,
  toContactBody,
} from './contact-draft';
import { contactMessages } from './contact-messages';
import { forgetDraft, keepDraft, readDraft } from './draft-memory';
import { EvidenceFilesField } from './evidence-files-field';
import { toLocalMinute } from './local-time';
import { SaveOutcome } from './save-outcome';
import { useEvidenceUpload } from './use-evidence-upload';

interface ContactFormProps {
  caseId: string;
  debtId: string;
  /** The history reloads: a contact was saved, or one of its files arrived. */
  onSaved: () => void;
}

/**
 * One contact, then its evidence: the contact is saved first (its id links the files), then each
 * file is uploaded in turn with its progress. A refused save keeps every field as typed and puts
 * each message beside its field; files that fail can be retried.
 */
export function ContactForm({ caseId, debtId, onSaved }: ContactFormProps) {
  const text = useMessages(contactMessages);
  const { locale } = useLocale();
  const [draft, setDraftState] = useState<ContactDraft>(
    () => readDraft(caseId, debtId) ?? newDraft(toLocalMinute(new Date())),
  );
  const [files, setFiles] = useState<File[]>([]);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const upload = useEvidenceUpload(caseId, onSaved);
  const form = useRef<HTMLFormElement>(null);

  const setDraft = (next: ContactDraft) => {
    setDraftState(next);
    keepDraft(caseId, debtId, next);
  };
  const change = <K extends keyof ContactDraft>(key: K, value: ContactDraft[K]) =>
    setDraft({ ...draft, [key]: value });

  // After a refused save, take the person to the first field to change.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    setSaved('');
    const body = toContactBody(draft);
    const checked = contactSchema.safeParse(body);
    if (!checked.success) {
      setErrors(issuesByField(toValidationIssues(checked.error, body), locale));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const stored = await expectOk(
        api.cases[':caseId'].debts[':debtId'].contacts.$post({ param: { caseId, debtId }, json: body }),
      );
      forgetDraft(caseId, debtId);
      setDraftState({ ...newDraft(toLocalMinute(new Date()), draft.direction), channel: draft.channel });
      setFiles([]);
      setFileInputKey((key) => key + 1);
      setSaved(text.saved);
      onSaved();
      if (files.length > 0) await upload.start(stored.id, files);
    } catch (error) {
      const apiFailure = error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error));
      if (apiFailure.issues.length > 0) setErrors(issuesByField(apiFailure.issues, locale));
      setFailure(apiFailure);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: DraftField) => errors[field];
  const invalid = Object.keys(errors).length > 0;

  return (
    <form
      ref={form}
      class="card contact-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="contact-form-title"
    >
      <h2 id="contact-form-title">{text.formTitle}</h2>
      {invalid && (
        <p class="notice notice-error" role="alert">
          {text.fixFields}
          {errors.form !== undefined && <span class="form-issue">{errors.form}</span>}
        </p>
      )}

      <Field label={text.channel} error={fieldError('channel')}>
        {({ id, describedBy, invalid: bad }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={bad}
            value={draft.channel}
            onChange={(event) => change('channel', event.currentTarget.value as ContactChannel)}
          >
            {CONTACT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[locale][channel]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={text.at} hint={text.atHint} error={fieldError('at')}>
        {({ id, describedBy, invalid: bad }) => (
          <input
            id={id}
            type="datetime-local"
            required
            aria-describedby={describedBy}
            aria-invalid={bad}
            value={draft.at}
            onInput={(event) => change('at', event.currentTarget.value)}
          />
        )}
      </Field>

      <fieldset class={fieldError('direction') === undefined ? 'field' : 'field field-invalid'}>
        <legend>{text.direction}</legend>
        <div class="row">
          {(['incoming', 'outgoing'] as const).map((direction) => (
            <label key={direction} class="choice">
              <input
                type="radio"
                name="direction"
                value={direction}
                checked={draft.direction === direction}
                onChange={() => change('direction', direction)}
              />
              {text[direction]}
            </label>
          ))}
        </div>
        {fieldError('direction') !== undefined && (
          <p class="field-error" role="alert">
            {fieldError('direction')}
          </p>
        )}
      </fieldset>

      <TextField
        label={text.counterpart}
        hint={text.counterpartHint}
        error={fieldError('counterpart')}
        value={draft.counterpart}
        maxLength={COUNTERPART_MAX_LENGTH}
        onValue={(value) => change('counterpart', value)}
      />
      <TextField
        label={text.number}
        error={fieldError('number')}
        value={draft.number}
        maxLength={CONTACT_TEXT_LIMITS.number}
        inputMode="tel"
        onValue={(value) => change('number', value)}
      />

      <TextArea
        label={text.theySaid}
        hint={text.theySaidHint}
        error={fieldError('theySaid')}
        value={draft.theySaid}
        maxLength={CONTACT_TEXT_LIMITS.theySaid}
        onValue={(value) => change('theySaid', value)}
      />
      <TextArea
        label={text.theyPromised}
        hint={text.theyPromisedHint}
        error={fieldError('theyPromised')}
        value={draft.theyPromised}
        maxLength={CONTACT_TEXT_LIMITS.theyPromised}
        onValue={(value) => change('theyPromised', value)}
      />
      <TextArea
        label={text.iPromised}
        hint={text.iPromisedHint}
        error={fieldError('iPromised')}
        value={draft.iPromised}
        maxLength={CONTACT_TEXT_LIMITS.iPromised}
        onValue={(value) => change('iPromised', value)}
      />

      <Field label={text.followUp} hint={text.followUpHint} error={fieldError('followUp')}>
        {({ id, describedBy, invalid: bad }) => (
          <input
            id={id}
            type="date"
            aria-describedby={describedBy}
            aria-invalid={bad}
            value={draft.followUp}
            onInput={(event) => change('followUp', event.currentTarget.value)}
          />
        )}
      </Field>

      <fieldset class="field" aria-describedby="contact-flags-hint">
        <legend>{text.flags}</legend>
        <p class="hint" id="contact-flags-hint">
          {text.flagsHint}
        </p>
        {MARKED_CONTACT_FLAGS.map((flag) => (
          <label key={flag} class="choice">
            <input
              type="checkbox"
              checked={draft.flags.includes(flag)}
              onChange={(event) => change('flags', toggled(draft.flags, flag, event.currentTarget.checked))}
            />
            {CONTACT_FLAG_LABELS[locale][flag]}
          </label>
        ))}
        {fieldError('flags') !== undefined && (
          <p class="field-error" role="alert">
            {fieldError('flags')}
          </p>
        )}
      </fieldset>

      <TextArea
        label={text.notes}
        hint={text.notesHint}
        error={fieldError('notes')}
        value={draft.notes}
        maxLength={CONTACT_TEXT_LIMITS.notes}
        onValue={(value) => change('notes', value)}
      />

      <EvidenceFilesField
        label={text.files}
        hint={text.filesHint}
        resetKey={fileInputKey}
        chosen={text.chosenFiles}
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

function toggled(flags: MarkedContactFlag[], flag: MarkedContactFlag, on: boolean): MarkedContactFlag[] {
  // Kept in the core's order, so the same choice is always stored the same way.
  return MARKED_CONTACT_FLAGS.filter((known) => (known === flag ? on : flags.includes(known)));
}

interface TextProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  maxLength?: number;
  onValue: (value: string) => void;
}

function TextField({ inputMode, ...props }: TextProps & { inputMode?: 'tel' }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          maxLength={props.maxLength}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

function TextArea(props: TextProps) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          maxLength={props.maxLength}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
