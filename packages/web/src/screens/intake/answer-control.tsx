import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import type { DebtDraft } from './debt-draft';
import { intakeMessages } from './messages';
import type { Question } from './question-data';
import { offeredOptions } from './question-flow';

export interface ControlIds {
  /** The input's id: the question's heading holds its <label for>. */
  input: string;
  /** The heading's id: a group of choices is labelled by it. */
  heading: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

/** Text, money, whole numbers, rates and dates: one input, labelled by the question's heading. */
export function AnswerInput({
  question,
  draft,
  value,
  ids,
  onChange,
}: {
  question: Question;
  draft: DebtDraft;
  value: string;
  ids: ControlIds;
  onChange: (value: string) => void;
}) {
  const text = useMessages(intakeMessages);
  const numeric = question.kind === 'money' || question.kind === 'rate' || question.kind === 'integer';
  const unit =
    question.kind === 'money'
      ? text.yuan
      : question.kind === 'rate'
        ? (text.rateUnit[question.rateKind ?? draft.rateKind] ?? '%')
        : undefined;
  // The unit (元, % a day) is part of the answer's meaning, so it is read with the field.
  const unitId = `${ids.input}-unit`;
  const describedBy =
    [unit === undefined ? '' : unitId, ids.describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="intake-input">
      <input
        id={ids.input}
        type={question.kind === 'date' ? 'date' : 'text'}
        inputMode={numeric ? (question.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
        autoComplete="off"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={ids.invalid}
        aria-required={ids.required}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      {unit !== undefined && (
        <span class="intake-unit" id={unitId}>
          {unit}
        </span>
      )}
    </div>
  );
}

/** A choice: radio buttons named by their label alone, with the explanation as their description. */
export function AnswerChoice({
  question,
  draft,
  value,
  ids,
  onChange,
}: {
  question: Question;
  draft: DebtDraft;
  value: string;
  ids: ControlIds;
  onChange: (value: string) => void;
}) {
  const { locale } = useLocale();
  return (
    <div
      class="intake-choices"
      role="radiogroup"
      aria-labelledby={ids.heading}
      aria-describedby={ids.describedBy}
      aria-invalid={ids.invalid}
      aria-required={ids.required}
    >
      {offeredOptions(question, draft).map((option, index) => {
        const id = `${ids.input}-${option.value}`;
        return (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={question.id}
              value={option.value}
              checked={value === option.value}
              // The first choice takes focus when the group is entered with nothing chosen yet.
              id={index === 0 ? ids.input : undefined}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-explain`}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span class="choice-label" id={`${id}-label`}>
                {option.label[locale]}
              </span>
              <span class="hint choice-explain" id={`${id}-explain`}>
                {option.explain[locale]}
              </span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
