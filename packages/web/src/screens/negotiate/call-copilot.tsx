import { citationJson } from '@shangan/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { CitationList } from '../../ui/citation-list';
import { Field } from '../../ui/field';
import { RouteNotice } from '../../ui/route-notice';
import { debtDocuments } from '../documents/debt-documents';
import { callMessages } from './call-messages';
import type { CaseDebt } from './case-api';
import { COUNTERPART_MAX_LENGTH, newDraft } from './contact-draft';
import { keepDraft, readDraft } from './draft-memory';
import { type ExtraPushbackId, missingPushbacks, pushbackCitations } from './extra-pushbacks';
import { toLocalMinute } from './local-time';
import { boardMessages } from './messages';
import { negotiatePath } from './negotiate-route';
import { ScriptBlocks } from './script-blocks';
import { type CallScript, type ScriptSection, splitCallScript } from './script-steps';

/** A pushback button: the script's own answer, or one of the screen's extra answers. */
type Pushback = { key: string; label: string } & (
  | { source: 'script'; section: ScriptSection }
  | { source: 'extra'; id: ExtraPushbackId }
);

/**
 * `#/negotiate/<debt>/call`: the debt's call script, one step per screen in large type, with
 * the answers to the usual pushbacks one tap away, and the way out to the contact log.
 */
export function CallCopilot({ debt }: { debt: CaseDebt }) {
  const text = useMessages(callMessages);
  const board = useMessages(boardMessages);
  const current = useCurrentCase();
  // The same reading of the debt as the board's: a time-barred or unlicensed debt is warned of first.
  const route = useMemo(() => {
    const facts = current.caseFile ? debtDocuments(current.caseFile).get(debt.id) : undefined;
    return facts?.limitationExpired ? 'limitation_defence' : facts?.unlicensed ? 'unlicensed' : 'negotiate';
  }, [current.caseFile, debt.id]);
  const caseId = current.caseId ?? '';
  const [script, setScript] = useState<CallScript | undefined>();
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [step, setStep] = useState(0);
  const [answer, setAnswer] = useState<string | undefined>();
  const [staffNote, setStaffNote] = useState(() => readDraft(caseId, debt.id)?.counterpart ?? '');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const answerBox = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // The call starts now: the contact log opens with this time, a call I made, unless a draft exists.
  useEffect(() => {
    if (readDraft(caseId, debt.id) === undefined) {
      keepDraft(caseId, debt.id, newDraft(toLocalMinute(new Date()), 'outgoing'));
    }
  }, [caseId, debt.id]);

  useEffect(() => {
    let live = true;
    setFailure(undefined);
    const script = api.cases[':caseId'].documents[':kind'].$get({
      param: { caseId, kind: 'script' },
      query: { debt: debt.id, format: 'md' },
    });
    expectOk(script).then(
      (markdown) => live && setScript(splitCallScript(markdown)),
      (error: unknown) =>
        live && setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error))),
    );
    return () => {
      live = false;
    };
  }, [caseId, debt.id, attempt]);

  // A new step: its heading takes the focus (screen readers read it), but not on first display.
  useEffect(() => {
    if (!moved.current) return;
    stepHeading.current?.focus();
    stepHeading.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  useEffect(() => {
    if (answer !== undefined) answerBox.current?.focus();
  }, [answer]);

  const pushbacks = useMemo<Pushback[]>(() => {
    if (script === undefined) return [];
    const own = script.pushbacks.map(
      (section, index): Pushback => ({ key: `s${index}`, label: section.heading, source: 'script', section }),
    );
    const extra = missingPushbacks(script.pushbacks.map((section) => section.heading)).map(
      (id): Pushback => ({ key: id, label: text.extras[id].label, source: 'extra', id }),
    );
    return [...own, ...extra];
  }, [script, text]);

  const updateStaffNote = (value: string) => {
    setStaffNote(value);
    const draft = readDraft(caseId, debt.id) ?? newDraft(toLocalMinute(new Date()), 'outgoing');
    keepDraft(caseId, debt.id, { ...draft, counterpart: value });
  };

  const go = (to: number) => {
    moved.current = true;
    setStep(to);
  };

  const steps = script?.steps ?? [];
  const shown = steps[Math.min(step, steps.length - 1)];
  const chosen = pushbacks.find((pushback) => pushback.key === answer);
  const logHref = hrefTo(negotiatePath(debt.id, 'log'));

  return (
    <div class="negotiate copilot">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{board.backToBoard}</a>
      </p>
      <h1>{text.title(debt.lender)}</h1>
      <RouteNotice route={route} />
      <p class="notice notice-warn call-reminder">{text.reminder}</p>
      <Field label={text.staffNoteLabel} hint={text.staffNoteHint}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="text"
            maxLength={COUNTERPART_MAX_LENGTH}
            aria-describedby={describedBy}
            value={staffNote}
            onInput={(event) => updateStaffNote(event.currentTarget.value)}
          />
        )}
      </Field>
      {text.scriptInChinese !== '' && <p class="muted">{text.scriptInChinese}</p>}
      {failure !== undefined && (
        <ErrorNotice error={failure} onRetry={() => setAttempt((value) => value + 1)} />
      )}
      {script === undefined && failure === undefined && <Loading label={text.loadingScript} />}

      {script !== undefined && shown !== undefined && (
        <div class="copilot-layout">
          <section class="copilot-step" aria-labelledby="copilot-step-title" lang="zh-CN">
            <p class="muted step-count" aria-live="polite">
              {text.stepOf(step + 1, steps.length)}
            </p>
            <progress class="progress" max={steps.length} value={step + 1} aria-hidden="true" />
            <h2 id="copilot-step-title" tabIndex={-1} ref={stepHeading}>
              {shown.heading}
            </h2>
            {step === 0 && <ScriptBlocks blocks={script.preamble} />}
            <ScriptBlocks blocks={shown.blocks} />
            {step === steps.length - 1 && (
              <div class="muted script-footer">
                <ScriptBlocks blocks={script.footer} />
              </div>
            )}
          </section>

          <section class="pushbacks" aria-labelledby="pushbacks-title">
            <h2 id="pushbacks-title">{text.pushbackTitle}</h2>
            <p class="hint">{text.pushbackHint}</p>
            <div class="pushback-buttons">
              {pushbacks.map((pushback) => (
                <button
                  key={pushback.key}
                  type="button"
                  class="button button-secondary pushback-button"
                  aria-expanded={answer === pushback.key}
                  aria-controls="pushback-answer"
                  onClick={() => setAnswer(answer === pushback.key ? undefined : pushback.key)}
                >
                  {pushback.label}
                </button>
              ))}
            </div>
            <div
              id="pushback-answer"
              class="pushback-answer"
              tabIndex={-1}
              ref={answerBox}
              aria-live="polite"
            >
              {chosen !== undefined && (
                <div class="card">
                  <h3>{text.answerFor(chosen.label)}</h3>
                  {chosen.source === 'script' ? (
                    <div lang="zh-CN">
                      <ScriptBlocks blocks={chosen.section.blocks} />
                    </div>
                  ) : (
                    <ExtraAnswer id={chosen.id} lenderType={debt.lenderType} />
                  )}
                  <button type="button" class="button button-quiet" onClick={() => setAnswer(undefined)}>
                    {text.hideAnswer}
                  </button>
                </div>
              )}
            </div>
          </section>

          <div class="step-bar no-print">
            <div class="step-buttons">
              <button
                type="button"
                class="button button-secondary"
                disabled={step === 0}
                onClick={() => go(step - 1)}
              >
                {text.previous}
              </button>
              <button
                type="button"
                class="button"
                disabled={step >= steps.length - 1}
                onClick={() => go(step + 1)}
              >
                {text.next}
              </button>
            </div>
            <a class="button button-danger end-call" href={logHref}>
              {text.endCall}
            </a>
          </div>
        </div>
      )}
    </div>
  );
}

/** One of the screen's own answers: the lines to say, the notes, and for cards the cited rule. */
function ExtraAnswer({ id, lenderType }: { id: ExtraPushbackId; lenderType: CaseDebt['lenderType'] }) {
  const text = useMessages(callMessages);
  const { locale } = useLocale();
  const answer = text.extras[id];
  const citations = pushbackCitations(id, lenderType);
  return (
    <>
      <div lang="zh-CN">
        {answer.say.map((line) => (
          <p key={line} class="spoken">
            {line}
          </p>
        ))}
      </div>
      <p class="guidance">
        <strong>{text.selfNote}：</strong>
      </p>
      {answer.note.map((line) => (
        <p key={line} class="guidance">
          {line}
        </p>
      ))}
      {citations.length > 0 && (
        <>
          <p class="guidance">{answer.cardNote}</p>
          <CitationList citations={citations.map((citation) => citationJson(citation, locale))} />
        </>
      )}
    </>
  );
}
