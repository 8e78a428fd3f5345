import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { formErrors } from '../../ui/field-errors';
import { todayIso } from '../../ui/format';
import { EMPTY_DRAFT, LPR_FIELDS, type LprDraft, type LprField, lprBody } from './lpr-draft';
import { lprMessages } from './messages';

/**
 * Adds one quotation (`POST /api/lpr/quotations`): the date and the two rates as announced, and
 * where they were read. The server checks each field by the rules the CLI's file follows, and
 * its words show beside the field they are about; nothing typed is lost on a refusal.
 */
export function LprForm({ onAdded }: { onAdded: () => void }) {
  const text = useMessages(lprMessages);
  const { locale } = useLocale();
  const [draft, setDraft] = useState<LprDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<{ fields: Partial<Record<LprField, string>>; form?: string }>({
    fields: {},
  });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const set = (field: LprField) => (event: { currentTarget: HTMLInputElement }) =>
    setDraft((previous) => ({ ...previous, [field]: event.currentTarget.value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    const checked = lprBody(draft);
    if (!checked.ok) {
      const names = checked.missing.map((field) => text.fieldNames[field]);
      setErrors({ fields: {}, form: text.missing(names.join(locale === 'zh' ? '、' : ', ')) });
      return;
    }
    setBusy(true);
    setErrors({ fields: {} });
    try {
      const added = await expectOk(api.lpr.quotations.$post({ json: checked.body }));
      setDone(text.added(added.date));
      setDraft(EMPTY_DRAFT);
      onAdded();
    } catch (caught) {
      const failure = caught instanceof ApiFailure ? caught : new ApiFailure(0, 'client', String(caught));
      const { fields, form } = formErrors(failure, LPR_FIELDS, locale);
      setErrors({ fields, ...(form === undefined ? {} : { form }) });
    } finally {
      setBusy(false);
    }
  };

  const percent = (field: 'lpr1y' | 'lpr5y', label: string) => (
    <Field label={label} hint={text.percentHint} error={errors.fields[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          class="lpr-percent"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={draft[field]}
          onInput={set(field)}
        />
      )}
    </Field>
  );

  return (
    <section class="card" aria-labelledby="lpr-add">
      <h2 id="lpr-add">{text.addTitle}</h2>
      <h3>{text.whereTitle}</h3>
      <p>{text.where}</p>
      <form noValidate onSubmit={submit}>
        <Field label={text.date} hint={text.dateHint} error={errors.fields.date}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="date"
              max={todayIso()}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={draft.date}
              onInput={set('date')}
            />
          )}
        </Field>
        {percent('lpr1y', text.oneYear)}
        {percent('lpr5y', text.fiveYear)}
        <Field label={text.source} hint={text.sourceHint} error={errors.fields.source}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              maxLength={500}
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={draft.source}
              onInput={set('source')}
            />
          )}
        </Field>
        {errors.form !== undefined && (
          <p class="notice notice-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" class="button" disabled={busy}>
          {text.add}
        </button>
        {busy && <Loading label={text.adding} />}
        <p role="status" aria-live="polite" class={done === undefined ? 'status-empty' : 'notice notice-ok'}>
          {done}
        </p>
      </form>
    </section>
  );
}
