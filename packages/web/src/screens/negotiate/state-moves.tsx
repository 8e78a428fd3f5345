import { MAX_MOVE_NOTE_LENGTH } from '@shangan/contract';
import { NEGOTIATION_STATE_LABELS, type NegotiationState, nextStates } from '@shangan/core';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { boardMessages } from './messages';

/** Off the road to a clean credit report: offered, but never as the suggested next step. */
const SIDE_STATES = new Set<NegotiationState>(['broken', 'failed']);

interface StateMovesProps {
  debtId: string;
  lender: string;
  state: NegotiationState;
  onMoved: () => void;
}

/**
 * The moves the core's transition rule allows from the current state: the next step on the road as
 * a button, the others behind a disclosure. A move cannot be undone, so each is confirmed first,
 * with an optional note.
 */
export function StateMoves({ debtId, lender, state, onMoved }: StateMovesProps) {
  const text = useMessages(boardMessages);
  const { locale } = useLocale();
  const { caseId } = useCurrentCase();
  const labels = NEGOTIATION_STATE_LABELS[locale];
  const [chosen, setChosen] = useState<NegotiationState | undefined>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | undefined>();
  const [done, setDone] = useState('');
  const allowed = nextStates(state);
  const suggested = allowed.find((to) => !SIDE_STATES.has(to));
  const others = allowed.filter((to) => to !== suggested);

  const choose = (to: NegotiationState) => {
    setChosen(to);
    setError(undefined);
    setDone('');
  };

  const confirm = async (to: NegotiationState) => {
    setBusy(true);
    setError(undefined);
    try {
      const trimmed = note.trim();
      await expectOk(
        api.cases[':caseId'].debts[':debtId'].negotiation.$post({
          param: { caseId: caseId ?? '', debtId },
          json: trimmed === '' ? { state: to } : { state: to, note: trimmed },
        }),
      );
      setChosen(undefined);
      setNote('');
      setDone(text.moved(lender, labels[to]));
      onMoved();
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure : new ApiFailure(0, 'client', String(failure)));
    } finally {
      setBusy(false);
    }
  };

  const moveButton = (to: NegotiationState, secondary: boolean) => (
    <button
      key={to}
      type="button"
      class={secondary ? 'button button-quiet' : 'button button-secondary'}
      aria-pressed={chosen === to}
      onClick={() => choose(to)}
    >
      {text.moveTo(labels[to])}
    </button>
  );

  return (
    <div class="moves">
      <h3>{text.moveTitle}</h3>
      {allowed.length === 0 && <p class="muted">{text.noMoves}</p>}
      {suggested !== undefined && <div class="actions">{moveButton(suggested, false)}</div>}
      {others.length > 0 && (
        <details class="other-moves">
          <summary>{text.otherMoves}</summary>
          <div class="actions">{others.map((to) => moveButton(to, true))}</div>
        </details>
      )}
      {chosen !== undefined && (
        <div class="notice notice-warn confirm-move">
          <p>{text.confirmQuestion(labels[chosen])}</p>
          <Field label={text.noteLabel} hint={text.noteHint}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                rows={2}
                maxLength={MAX_MOVE_NOTE_LENGTH}
                aria-describedby={describedBy}
                value={note}
                onInput={(event) => setNote(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="actions">
            <button type="button" class="button" disabled={busy} onClick={() => confirm(chosen)}>
              {busy ? text.moving : text.confirm(labels[chosen])}
            </button>
            <button
              type="button"
              class="button button-quiet"
              disabled={busy}
              onClick={() => setChosen(undefined)}
            >
              {text.cancel}
            </button>
          </div>
        </div>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      {/* Always present, so screen readers announce the change when the text arrives. */}
      <p role="status" class={done === '' ? 'status-empty' : 'notice notice-ok'}>
        {done}
      </p>
    </div>
  );
}
