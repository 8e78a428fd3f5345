import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk, type Success } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { todayIso } from '../../ui/format';
import { documentsRest } from '../documents/document-links';
import { negotiatePath } from '../negotiate/negotiate-route';
import { type DraftChoice, initialChoices, type ReadDraft, selectEntries } from './message-selection';
import { pasteMessages } from './messages';
import './messages.css';
import { takeSharedText } from './shared-text';

const readRoute = api.cases[':caseId'].messages.read;
type ReadResult = Success<Awaited<ReturnType<typeof readRoute.$post>>>;

/**
 * `#/messages`: paste collection messages → each read (sender, amount, deadline, number, staff id,
 * flags), linked to its debt → the person keeps or drops each and picks the debt where unclear →
 * logged together as contacts, the text verbatim with its SHA-256. Then on to the complaint letter.
 */
export default function MessagesScreen() {
  const text = useMessages(pasteMessages);
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  const debts = current.caseFile?.debts ?? [];
  // A message shared into the installed app arrives here, ready to read (shared-text.ts).
  const [pasted, setPasted] = useState(() => takeSharedText(window.location, window.history));
  const [result, setResult] = useState<ReadResult | undefined>();
  const [choices, setChoices] = useState<DraftChoice[]>([]);
  const [busy, setBusy] = useState<'reading' | 'saving' | undefined>();
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [savedTo, setSavedTo] = useState<{ count: number; debtIds: string[] } | undefined>();
  const drafts = (result?.drafts ?? []) as ReadDraft[];
  const lenderOf = (debtId: string) => debts.find((debt) => debt.id === debtId)?.lender ?? debtId;

  const run = async (work: () => Promise<void>, kind: 'reading' | 'saving') => {
    setBusy(kind);
    setFailure(undefined);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(undefined);
    }
  };

  const read = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const read = await expectOk(
        readRoute.$post({ param: { caseId }, json: { text: pasted, today: todayIso() } }),
      );
      setResult(read);
      setChoices(initialChoices(read.drafts as ReadDraft[]));
      setSavedTo(undefined);
    }, 'reading');
  };

  const save = () => {
    const selection = selectEntries(drafts, choices);
    if (!selection.ok) {
      setProblem(text.unlinked(selection.unlinked.map((index) => index + 1).join('、')));
      return;
    }
    if (selection.entries.length === 0) {
      setProblem(text.nothingKept);
      return;
    }
    void run(async () => {
      await expectOk(
        api.cases[':caseId'].messages.log.$post({ param: { caseId }, json: { entries: selection.entries } }),
      );
      const debtIds = [...new Set(selection.entries.map((entry) => entry.debtId))];
      setSavedTo({ count: selection.entries.length, debtIds });
      setResult(undefined);
      setPasted('');
      // Logged contacts move the case's revision: read it again, so the next edit is not refused.
      await current.refresh();
    }, 'saving');
  };

  const choose = (index: number, change: Partial<DraftChoice>) =>
    setChoices((all) => all.map((choice, k) => (k === index ? { ...choice, ...change } : choice)));
  const kept = choices.filter((choice) => choice.keep).length;

  return (
    <div class="messages-screen">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{text.back}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {failure && <ErrorNotice error={failure} />}
      {savedTo && (
        <div class="notice" role="status">
          <p>{text.saved(savedTo.count)}</p>
          <div class="actions">
            {savedTo.debtIds.map((debtId) => (
              <a
                key={debtId}
                class="button"
                href={hrefTo(`/documents/${documentsRest(debtId, 'complaint')}`)}
              >
                {text.toComplaint(lenderOf(debtId))}
              </a>
            ))}
            {savedTo.debtIds.map((debtId) => (
              <a
                key={`log-${debtId}`}
                class="button button-secondary"
                href={hrefTo(negotiatePath(debtId, 'log'))}
              >
                {text.toLog(lenderOf(debtId))}
              </a>
            ))}
          </div>
        </div>
      )}
      {result === undefined && (
        <form class="card" onSubmit={read}>
          <Field label={text.pasteLabel} hint={text.pasteHint}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                rows={10}
                value={pasted}
                onInput={(event) => setPasted(event.currentTarget.value)}
              />
            )}
          </Field>
          <button type="submit" class="button" disabled={busy !== undefined || pasted.trim() === ''}>
            {busy === 'reading' ? text.reading : text.read}
          </button>
        </form>
      )}
      {result !== undefined && (
        <>
          {result.skipped.length > 0 && <p class="hint">{text.skipped(result.skipped.length)}</p>}
          {drafts.length === 0 && <p class="notice">{text.noDrafts}</p>}
          <ol class="message-drafts">
            {drafts.map((draft, index) => (
              <DraftCard
                key={draft.contact.sha256 + String(index)}
                index={index}
                draft={draft}
                message={result.messages[draft.messageIndex]}
                choice={choices[index] ?? { keep: false, debtId: null }}
                debts={debts}
                onChoose={(change) => choose(index, change)}
              />
            ))}
          </ol>
          {problem && (
            <p class="notice notice-error" role="alert">
              {problem}
            </p>
          )}
          <div class="actions">
            {drafts.length > 0 && (
              <button type="button" class="button" onClick={save} disabled={busy !== undefined}>
                {busy === 'saving' ? text.saving : text.save(kept)}
              </button>
            )}
            <button type="button" class="button button-secondary" onClick={() => setResult(undefined)}>
              {text.again}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

type ReadMessage = ReadResult['messages'][number];

function DraftCard(props: {
  index: number;
  draft: ReadDraft;
  message: ReadMessage | undefined;
  choice: DraftChoice;
  debts: readonly { id: string; lender: string }[];
  onChoose: (change: Partial<DraftChoice>) => void;
}) {
  const text = useMessages(pasteMessages);
  const { index, draft, message, choice, debts, onChoose } = props;
  const headingId = `draft-${index}`;
  return (
    <li class="card message-draft" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {text.draftTitle(index + 1)} · {draft.contact.at.replace('T', ' ')}
      </h2>
      <blockquote class="message-original">{draft.contact.theySaid}</blockquote>
      <dl class="message-facts">
        {draft.contact.counterpartName && (
          <>
            <dt>{text.sender}</dt>
            <dd>{draft.contact.counterpartName}</dd>
          </>
        )}
        {draft.contact.number && (
          <>
            <dt>{text.callback}</dt>
            <dd>{draft.contact.number}</dd>
          </>
        )}
        {draft.contact.staffId && (
          <>
            <dt>{text.staffId}</dt>
            <dd>{draft.contact.staffId}</dd>
          </>
        )}
      </dl>
      {draft.assumed.includes('date') && <p class="hint">{text.assumedDate}</p>}
      {draft.assumed.includes('time') && <p class="hint">{text.assumedTime}</p>}
      <h3>{text.flagsTitle}</h3>
      {message && message.flags.length > 0 ? (
        <ul class="message-flags">
          {message.flags.map((flag) => (
            <li key={flag.code}>
              <strong>{flag.label}</strong>：{flag.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.noFlags}</p>
      )}
      {draft.alreadyLogged && <p class="hint">{text.alreadyLogged}</p>}
      <label class="checkbox">
        <input
          type="checkbox"
          checked={choice.keep}
          onChange={(event) => onChoose({ keep: event.currentTarget.checked })}
        />
        {text.keep}
      </label>
      {choice.keep && (
        <Field label={text.debtLabel}>
          {({ id }) => (
            <select
              id={id}
              value={choice.debtId ?? ''}
              onChange={(event) => onChoose({ debtId: event.currentTarget.value || null })}
            >
              <option value="">{text.chooseDebt}</option>
              {debts.map((debt) => (
                <option key={debt.id} value={debt.id}>
                  {debt.lender}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </li>
  );
}
