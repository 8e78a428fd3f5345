import { useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo, navigate } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { summarizeAnswer } from './answer-summary';
import { debtAfter, finishPath, withoutDebt } from './case-edit';
import { checkDraft } from './check-draft';
import { issueText } from './draft-issue';
import { clearDraft, skippedSteps } from './draft-store';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';
import { askedQuestions, unansweredOptional } from './question-flow';
import { sendToQuestion } from './send-to-question';
import { UnknownDebt } from './unknown-debt';
import { type IntakeCase, useDebtDraft } from './use-intake-case';

/**
 * The per-debt review: every answer with a link to change it, what still needs an answer (each
 * linked to its question), the skipped optional questions, and the ways on: save, next debt, add
 * another, finish, or delete.
 */
export function ReviewView({ intake, debtId }: { intake: IntakeCase; debtId: string }) {
  const text = useMessages(intakeMessages);
  const { locale } = useLocale();
  const { draft, saved, unsaved, commit } = useDebtDraft(intake, debtId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error>();
  const [confirming, setConfirming] = useState(false);
  if (draft === undefined) return <UnknownDebt />;

  const { issues } = checkDraft(draft, intake.asOf);
  const lender = draft.lender.trim() || text.newDebt;
  const next = debtAfter(intake.caseFile, debtId);
  /** Saved with nothing left to fix: the way on (next debt, or finish) becomes the main button. */
  const done = issues.length === 0 && !unsaved && saved !== undefined;
  const questionPath = (question: string) => hrefTo(`/intake/${encodeURIComponent(debtId)}/${question}`);

  /** Saves when the answers allow it (never blocks on them), then goes on. */
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };
  const saveThenGo = (path: string) =>
    act(async () => {
      await commit(draft);
      navigate(path);
    });
  const save = () =>
    act(async () => {
      const first = issues[0];
      if (first?.question) {
        sendToQuestion(debtId, first.question);
        navigate(intakePath({ kind: 'question', debtId, question: first.question }));
        return;
      }
      await commit(draft);
    });
  const remove = () =>
    act(async () => {
      if (saved !== undefined) await intake.current.save((stored) => withoutDebt(stored, debtId));
      clearDraft(intake.caseId, debtId);
      navigate(intakePath({ kind: 'home' }));
    });

  return (
    <div class="intake-review">
      <h1>{text.reviewTitle(lender)}</h1>
      {intake.isSample && <p class="notice">{text.sampleNote}</p>}
      <div aria-live="polite">
        {issues.length > 0 ? (
          <div class="notice notice-warn">
            <p>{text.notSaved(issues.length)}</p>
            <h2 class="intake-subtitle">{text.issuesTitle}</h2>
            <ul>
              {issues.map((issue) => (
                <li key={issueText(issue, locale)}>
                  {issue.question === null ? (
                    issueText(issue, locale)
                  ) : (
                    <a href={questionPath(issue.question)}>{issueText(issue, locale)}</a>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : unsaved || saved === undefined ? (
          <p class="notice notice-warn">{text.notSavedYet}</p>
        ) : (
          <p class="notice notice-ok">{text.savedOk}</p>
        )}
      </div>
      <h2>{text.answersTitle}</h2>
      <dl class="intake-answers">
        {askedQuestions(draft).map((question) => {
          const lines = summarizeAnswer(question, draft, locale, text);
          return (
            <div class="intake-answer" key={question.id}>
              <dt>{question.field[locale]}</dt>
              <dd>
                <span class="intake-answer-value">
                  {lines.length === 0 ? (
                    <span class="muted">{text.notAnswered}</span>
                  ) : (
                    lines.map((line) => (
                      <span class="intake-answer-line" key={line}>
                        {line}
                      </span>
                    ))
                  )}
                </span>
                <a class="intake-edit" href={questionPath(question.id)}>
                  {text.edit}
                  <span class="visually-hidden"> {question.field[locale]}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      {unansweredOptional(draft).length > 0 && (
        <>
          <h2>{text.skippedTitle}</h2>
          <ul class="intake-skipped">
            {unansweredOptional(draft).map((question) => (
              <li key={question.id}>
                <a href={questionPath(question.id)}>{question.text[locale]}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {failure && <ErrorNotice error={failure} />}
      <div class="actions">
        <button
          type="button"
          class={done ? 'button button-secondary' : 'button'}
          disabled={busy}
          onClick={save}
        >
          {busy ? text.saving : text.save}
        </button>
        {next !== undefined && (
          <button
            type="button"
            class={done ? 'button' : 'button button-secondary'}
            disabled={busy}
            onClick={() => saveThenGo(intakePath({ kind: 'review', debtId: next }))}
          >
            {text.nextDebt}
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          disabled={busy}
          onClick={() => saveThenGo(intakePath({ kind: 'new' }))}
        >
          {text.addAnother}
        </button>
        <button
          type="button"
          class={done && next === undefined ? 'button' : 'button button-secondary'}
          disabled={busy}
          onClick={() => saveThenGo(finishPath(intake.caseFile, skippedSteps(intake.caseId)))}
        >
          {text.finish}
        </button>
      </div>
      <div class="intake-delete">
        {confirming ? (
          <div class="notice notice-error" role="alert">
            <p>{text.confirmDelete}</p>
            <div class="actions">
              <button type="button" class="button button-danger" disabled={busy} onClick={remove}>
                {text.confirmDeleteYes}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
                {text.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
            {text.deleteDebt}
          </button>
        )}
      </div>
    </div>
  );
}
