import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { loadTriage } from '../start/triage-store';
import type { ControlIds } from './answer-control';
import { checkDraft } from './check-draft';
import { applyAnswer, type DebtDraft } from './debt-draft';
import { issueText } from './draft-issue';
import { takeFresh } from './draft-store';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';
import { type AnswerValue, QuestionControl } from './question-control';
import { type QuestionId, questionById } from './question-data';
import { isAnswered, isAsked, isRequired, nextQuestion, previousQuestion, progress } from './question-flow';
import { takeSentTo } from './send-to-question';
import { prefillFromTriage } from './triage-prefill';
import { UnknownDebt } from './unknown-debt';
import { type IntakeCase, useDebtDraft } from './use-intake-case';

/**
 * One question of one debt: the question is the screen's only h1 and labels its control; then the
 * hint, any problem with the answer, the help behind "怎么找到这个数字？", and 下一步 / 跳过 / 上一步.
 * Every keystroke is kept on this device; moving on saves the debt to the case once it is valid.
 */
export function QuestionView({
  intake,
  debtId,
  questionId,
}: {
  intake: IntakeCase;
  debtId: string;
  questionId: QuestionId;
}) {
  const text = useMessages(intakeMessages);
  const { locale } = useLocale();
  const { draft, update, commit } = useDebtDraft(intake, debtId);
  const question = questionById(questionId);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [attempted, setAttempted] = useState(() => takeSentTo(debtId, questionId));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error>();
  const asked = draft !== undefined && isAsked(question, draft);
  const issues =
    draft === undefined
      ? []
      : checkDraft(draft, intake.asOf).issues.filter((issue) => issue.question === questionId);
  // A restored answer that cannot be used says so at once; an untouched one waits for "下一步".
  const [restoredProblem] = useState(
    () => draft !== undefined && isAnswered(question, draft) && issues.length > 0,
  );
  const showIssues = (attempted || restoredProblem) && issues.length > 0;

  useEffect(() => {
    if (draft !== undefined && !asked) navigate(intakePath({ kind: 'review', debtId }));
  }, [draft, asked, debtId]);
  // A debt added after the start screen: its status starts from those answers, once, and says so.
  useEffect(() => {
    if (draft === undefined || questionId !== 'status' || draft.status !== '') return;
    if (!takeFresh(intake.caseId, debtId)) return;
    const others = intake.caseFile.debts.filter((debt) => debt.id !== debtId);
    const suggested = prefillFromTriage(draft, loadTriage(), others);
    if (suggested !== draft) update(suggested);
  }, [draft, questionId, debtId, intake, update]);
  useEffect(() => {
    if (showIssues && attempted) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [showIssues, attempted]);

  if (draft === undefined) return <UnknownDebt />;
  if (!asked) return <Loading />;

  const set = (value: AnswerValue) =>
    update(applyAnswer(draft, { field: questionId, value } as Parameters<typeof applyAnswer>[1]));
  const goTo = async (target: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await commit(draft);
      navigate(target);
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };
  const forward = (current: DebtDraft) => {
    const next = nextQuestion(current, questionId);
    return intakePath(
      next === null ? { kind: 'review', debtId } : { kind: 'question', debtId, question: next },
    );
  };
  const previous = previousQuestion(draft, questionId);
  const { step, total } = progress(draft, questionId);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids: ControlIds = {
    input: `${id}-input`,
    heading: `${id}-heading`,
    describedBy:
      [question.hint ? hintId : '', showIssues ? errorId : ''].filter(Boolean).join(' ') || undefined,
    invalid: showIssues,
    required: isRequired(question, draft),
  };
  // A single input is labelled by the heading; a group (choices, rows, the split) by its id.
  const labelledByHeading = !['text', 'date', 'money', 'integer', 'rate'].includes(question.kind);

  return (
    <form
      ref={form}
      class="intake-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (issues.length === 0) void goTo(forward(draft));
      }}
    >
      <p class="intake-progress" id={`${id}-progress`}>
        {text.step(step, total)} · {text.debtLabel(draft.lender.trim() || text.newDebt)}
      </p>
      <progress class="progress" max={total} value={step} aria-labelledby={`${id}-progress`} />
      <h1 id={ids.heading}>
        {labelledByHeading ? question.text[locale] : <label for={ids.input}>{question.text[locale]}</label>}
      </h1>
      {question.hint && (
        <p class="hint" id={hintId}>
          {question.hint[locale]}
        </p>
      )}
      {draft.prefilled.includes(questionId) && <p class="notice">{text.prefilled}</p>}
      <div class={showIssues ? 'field field-invalid' : 'field'}>
        <QuestionControl question={question} draft={draft} asOf={intake.asOf} ids={ids} onChange={set} />
        {showIssues && (
          <div id={errorId} role="alert">
            {issues.map((issue) => (
              <p class="field-error" key={issueText(issue, locale)}>
                {issueText(issue, locale)}
              </p>
            ))}
          </div>
        )}
      </div>
      <details class="intake-help">
        <summary>{question.helpTitle?.[locale] ?? text.helpDefault}</summary>
        <p>{question.help[locale]}</p>
      </details>
      <p class="muted intake-autosave">{text.autosave}</p>
      {failure && <ErrorNotice error={failure} />}
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.next}
        </button>
        {!ids.required && (
          <button
            type="button"
            class="button button-secondary"
            disabled={busy}
            onClick={() => void goTo(forward(draft))}
          >
            {text.skip}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          disabled={busy}
          onClick={() =>
            void goTo(
              intakePath(
                previous === null ? { kind: 'home' } : { kind: 'question', debtId, question: previous },
              ),
            )
          }
        >
          {text.back}
        </button>
      </div>
    </form>
  );
}
