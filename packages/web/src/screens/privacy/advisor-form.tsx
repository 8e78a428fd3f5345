import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { formErrors } from '../../ui/field-errors';
import { accessMessages } from './access-messages';
import { privacyMessages } from './messages';

/**
 * A client lets an advisor see the current case (`POST /api/cases/:id/advisors`): reading and
 * drafting always, changing it and exporting the full numbers only when ticked (ADR 0024).
 */
export function AdvisorForm({
  caseId,
  title,
  onGranted,
}: {
  caseId: string;
  title: string;
  onGranted: () => void;
}) {
  const text = useMessages(privacyMessages);
  const access = useMessages(accessMessages);
  const [canEdit, setCanEdit] = useState(false);
  const [canReveal, setCanReveal] = useState(false);
  const { locale } = useLocale();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [done, setDone] = useState<string | undefined>(undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    if (email.trim() === '') return setError({ field: text.advisorMissing });
    setBusy(true);
    setError({});
    try {
      await expectOk(
        api.cases[':caseId'].advisors.$post({ param: { caseId }, json: { email, canEdit, canReveal } }),
      );
      setDone(text.advisorDone(email.trim(), title));
      setEmail('');
      setCanEdit(false);
      setCanReveal(false);
      onGranted();
    } catch (caught) {
      const failure = caught instanceof ApiFailure ? caught : new ApiFailure(0, 'client', String(caught));
      // The case is the person's own and exists, so "not found" here means no advisor has this email.
      if (failure.status === 404) setError({ field: text.advisorNotFound });
      else {
        const { fields, form } = formErrors(failure, ['email'], locale);
        setError({ ...(fields.email && { field: fields.email }), ...(form && { form }) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="advisor-title">
      <h2 id="advisor-title">{text.advisorTitle}</h2>
      <p>{text.advisorBody}</p>
      <form noValidate onSubmit={submit}>
        <Field label={text.advisorEmail} error={error.field}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              autoComplete="off"
              inputMode="email"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          )}
        </Field>
        <label class="choice">
          <input
            type="checkbox"
            checked={canEdit}
            onChange={(event) => setCanEdit(event.currentTarget.checked)}
          />
          <span>{access.canEdit}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={canReveal}
            onChange={(event) => setCanReveal(event.currentTarget.checked)}
          />
          <span>{access.canReveal}</span>
        </label>
        {error.form !== undefined && (
          <p class="notice notice-error" role="alert">
            {error.form}
          </p>
        )}
        <button type="submit" class="button" disabled={busy}>
          {text.advisorSubmit}
        </button>
        {busy && <Loading label={text.advisorSending} />}
        <p role="status" aria-live="polite" class={done === undefined ? 'status-empty' : 'notice notice-ok'}>
          {done}
        </p>
      </form>
    </section>
  );
}
