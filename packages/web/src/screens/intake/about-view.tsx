import { personSchema, toValidationIssues } from '@shangan/core';
import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { finishPath } from './case-edit';
import { issueWords } from './draft-issue';
import { rememberSkipped, skippedSteps } from './draft-store';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';
import type { IntakeCase } from './use-intake-case';

const FIELDS = ['name', 'city', 'phone', 'idNumber'] as const;
type PersonField = (typeof FIELDS)[number];

const INPUTS: Record<PersonField, { inputMode: 'text' | 'tel'; autoComplete: string }> = {
  name: { inputMode: 'text', autoComplete: 'name' },
  city: { inputMode: 'text', autoComplete: 'address-level2' },
  phone: { inputMode: 'tel', autoComplete: 'tel' },
  idNumber: { inputMode: 'text', autoComplete: 'off' },
};

/** "关于你" (optional): who the letters are from. Checked with the core's person schema. */
export function AboutView({ intake }: { intake: IntakeCase }) {
  const text = useMessages(intakeMessages);
  const { locale } = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const { person } = intake.caseFile;
  const [values, setValues] = useState<Record<PersonField, string>>(() => ({
    name: person?.name ?? '',
    city: person?.city ?? '',
    phone: person?.phone ?? '',
    idNumber: person?.idNumber ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<PersonField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error>();
  const skipped = skippedSteps(intake.caseId);
  const onward = () => finishPath(intake.caseFile, [...skipped, 'about']);

  const submit = async () => {
    const filled = Object.fromEntries(
      FIELDS.flatMap((field) => (values[field].trim() === '' ? [] : [[field, values[field].trim()]])),
    );
    const checked = personSchema.safeParse(filled);
    if (!checked.success) {
      const found: Partial<Record<PersonField, string>> = {};
      for (const issue of toValidationIssues(checked.error, filled)) {
        const field = issue.path.split(/[.[]/)[0] as PersonField;
        const words = issueWords(issue)[locale];
        const name = text.fieldNames[field];
        // The message names its field ("身份证号：…") unless the core's words already do.
        found[field] ??= words.startsWith(name) ? words : `${name}${locale === 'zh' ? '：' : ': '}${words}`;
      }
      setErrors(found);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    try {
      if (Object.keys(filled).length === 0) rememberSkipped(intake.caseId, 'about');
      await intake.current.save((stored) => {
        const { person: _previous, ...rest } = stored;
        return Object.keys(filled).length === 0 ? rest : { ...rest, person: filled };
      });
      navigate(onward());
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      class="intake-final-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1>{text.aboutTitle}</h1>
      <p>{text.aboutIntro}</p>
      {FIELDS.map((field) => (
        <Fragment key={field}>
          {field === 'phone' && <p class="notice">{text.privacyNote}</p>}
          <Field label={text[field]} error={errors[field]}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                inputMode={INPUTS[field].inputMode}
                autoComplete={INPUTS[field].autoComplete}
                value={values[field]}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
              />
            )}
          </Field>
        </Fragment>
      ))}
      {failure && <ErrorNotice error={failure} />}
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.next}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            rememberSkipped(intake.caseId, 'about');
            navigate(onward());
          }}
        >
          {text.skip}
        </button>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => navigate(intakePath({ kind: 'home' }))}
        >
          {text.back}
        </button>
      </div>
    </form>
  );
}
