import { circumstancesSchema, HARDSHIP_KINDS, HARDSHIP_LABELS, type HardshipKind } from '@shangan/core';
import { useId, useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { firstIssueWords } from './draft-issue';
import { rememberSkipped } from './draft-store';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';
import type { IntakeCase } from './use-intake-case';

/**
 * "你的情况" (optional): what made paying hard, in the core's hardship kinds and the person's own
 * words; papers listed before (evidence) are kept. Then the overview.
 */
export function SituationView({ intake }: { intake: IntakeCase }) {
  const text = useMessages(intakeMessages);
  const { locale } = useLocale();
  const id = useId();
  const existing = intake.caseFile.circumstances;
  const [kinds, setKinds] = useState<HardshipKind[]>(() => existing?.hardship ?? []);
  const [description, setDescription] = useState(existing?.description ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error>();

  const submit = async () => {
    const evidence = existing?.evidence ?? [];
    const words = description.trim();
    const circumstances = {
      hardship: kinds,
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(words === '' ? {} : { description: words }),
    };
    const checked = circumstancesSchema.safeParse(circumstances);
    if (!checked.success) {
      setError(firstIssueWords(checked.error, circumstances)[locale]);
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      const nothing = kinds.length === 0 && evidence.length === 0 && words === '';
      if (nothing) rememberSkipped(intake.caseId, 'situation');
      await intake.current.save((stored) => {
        const { circumstances: _previous, ...rest } = stored;
        return nothing ? rest : { ...rest, circumstances };
      });
      navigate('/overview');
    } catch (caught) {
      setFailure(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="intake-final-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1>{text.situationTitle}</h1>
      <p>{text.situationIntro}</p>
      <fieldset class="field">
        <legend id={`${id}-kinds`}>{text.hardshipLabel}</legend>
        {HARDSHIP_KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(event) =>
                setKinds(
                  event.currentTarget.checked
                    ? HARDSHIP_KINDS.filter((item) => item === kind || kinds.includes(item))
                    : kinds.filter((item) => item !== kind),
                )
              }
            />
            <span>{HARDSHIP_LABELS[locale][kind]}</span>
          </label>
        ))}
      </fieldset>
      <Field label={text.description} hint={text.descriptionHint} error={error}>
        {({ id: inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            rows={5}
            value={description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(event) => setDescription(event.currentTarget.value)}
          />
        )}
      </Field>
      {failure && <ErrorNotice error={failure} />}
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.finish}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            rememberSkipped(intake.caseId, 'situation');
            navigate('/overview');
          }}
        >
          {text.skip}
        </button>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => navigate(intakePath({ kind: 'about' }))}
        >
          {text.back}
        </button>
      </div>
    </form>
  );
}
