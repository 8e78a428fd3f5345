import { parseCalendarDate } from '@shangan/core';
import { useId, useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { todayIso } from '../../ui/format';
import { startMessages } from './messages';
import {
  nextTriage,
  previousTriage,
  type TriageAnswers,
  type TriageQuestionId,
  triageProgress,
  triageQuestion,
  type YesNoQuestionId,
} from './triage-questions';
import { loadTriage, saveTriage } from './triage-store';

/** One triage question per screen: its heading labels the yes/no choice or the date field. */
export function TriageQuestionView({ questionId }: { questionId: TriageQuestionId }) {
  const text = useMessages(startMessages);
  const { locale } = useLocale();
  const id = useId();
  const question = triageQuestion(questionId);
  const [answers, setAnswers] = useState<TriageAnswers>(loadTriage);
  const [error, setError] = useState<string>();
  const today = todayIso();
  const value =
    questionId === 'paymentOrderDate' ? (answers.paymentOrderDate ?? '') : (answers[questionId] ?? '');
  const { step, total } = triageProgress(answers, questionId);

  const change = (next: TriageAnswers) => {
    setAnswers(next);
    saveTriage(next);
    setError(undefined);
  };
  const go = (target: TriageQuestionId | null) =>
    navigate(target === null ? '/start/result' : `/start/${target}`);
  const problem = (): string | undefined => {
    if (question.kind === 'yesNo') return value === '' ? text.chooseYesNo : undefined;
    const day = parseCalendarDate(value);
    if (day === undefined) return text.dateMissing;
    return day > today ? text.dateFuture : undefined;
  };
  const describedBy =
    [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form
      class="start-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = problem();
        setError(found);
        if (found !== undefined) {
          (event.currentTarget.querySelector('input') as HTMLInputElement | null)?.focus();
          return;
        }
        // The 15-day deadline comes first: the objection now, the other questions later.
        const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value === 'objection') navigate('/payment-order');
        else go(nextTriage(answers, questionId));
      }}
    >
      <p class="intake-progress" id={`${id}-progress`}>
        {text.step(step, total)}
      </p>
      <progress class="progress" max={total} value={step} aria-labelledby={`${id}-progress`} />
      <h1 id={`${id}-heading`}>
        {question.kind === 'date' ? (
          <label for={`${id}-input`}>{question.text[locale]}</label>
        ) : (
          question.text[locale]
        )}
      </h1>
      {question.hint && (
        <p class="hint" id={`${id}-hint`}>
          {question.hint[locale]}
        </p>
      )}
      <div class={error ? 'field field-invalid' : 'field'}>
        {question.kind === 'date' ? (
          <input
            id={`${id}-input`}
            type="date"
            max={today}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={error !== undefined}
            onInput={(event) => change({ ...answers, paymentOrderDate: event.currentTarget.value })}
          />
        ) : (
          <div
            class="start-yes-no"
            role="radiogroup"
            aria-labelledby={`${id}-heading`}
            aria-describedby={describedBy}
            aria-invalid={error !== undefined}
          >
            {(['yes', 'no'] as const).map((choice) => (
              <label class="choice" key={choice}>
                <input
                  type="radio"
                  name={questionId}
                  value={choice}
                  checked={value === choice}
                  onChange={() => change({ ...answers, [questionId as YesNoQuestionId]: choice })}
                />
                <span>{text[choice]}</span>
              </label>
            ))}
          </div>
        )}
        {error && (
          <p class="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div class="actions">
        {questionId === 'paymentOrderDate' && (
          <button type="submit" class="button" value="objection">
            {text.writeObjection}
          </button>
        )}
        <button
          type="submit"
          class={questionId === 'paymentOrderDate' ? 'button button-secondary' : 'button'}
        >
          {text.next}
        </button>
        {question.kind === 'date' && (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              const { paymentOrderDate: _unknown, ...rest } = answers;
              change(rest);
              go(nextTriage(rest, questionId));
            }}
          >
            {text.skip}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            const previous = previousTriage(answers, questionId);
            navigate(previous === null ? '/start' : `/start/${previous}`);
          }}
        >
          {text.back}
        </button>
      </div>
    </form>
  );
}
