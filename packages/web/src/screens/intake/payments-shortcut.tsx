import { useId, useMemo, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import type { DebtDraft, PaymentDraft } from './debt-draft';
import { intakeMessages } from './messages';
import { plannedInstalments } from './planned-payments';

/** "已按计划还了前 N 期": fills the payment list with the first N instalments of the plan. */
export function PaymentsShortcut({
  draft,
  asOf,
  onFill,
}: {
  draft: DebtDraft;
  asOf: string;
  onFill: (payments: PaymentDraft[]) => void;
}) {
  const text = useMessages(intakeMessages);
  const id = useId();
  const planned = useMemo(() => plannedInstalments(draft, asOf), [draft, asOf]);
  const [count, setCount] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  if (planned === undefined || planned.length === 0) {
    return <p class="muted intake-shortcut">{text.shortcutUnavailable}</p>;
  }
  const fill = () => {
    const n = Number(count.trim());
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > planned.length) {
      setError(text.shortcutError(planned.length));
      setDone('');
      return;
    }
    setError(undefined);
    onFill(planned.slice(0, n));
    setDone(text.shortcutDone(n));
  };
  return (
    <section class="intake-shortcut" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.shortcutTitle}</h2>
      <div class={error === undefined ? 'field' : 'field field-invalid'}>
        <label for={`${id}-count`}>{text.shortcutLabel}</label>
        <p class="hint" id={`${id}-hint`}>
          {text.shortcutNote(planned.length)}
        </p>
        <div class="row">
          <input
            id={`${id}-count`}
            class="intake-count"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={count}
            aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
            aria-invalid={error !== undefined}
            onInput={(event) => setCount(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter fills the list here; it must not submit the question as "下一步".
              if (event.key === 'Enter') {
                event.preventDefault();
                fill();
              }
            }}
          />
          <button type="button" class="button button-secondary" onClick={fill}>
            {text.shortcutButton}
          </button>
        </div>
        {error !== undefined && (
          <p class="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <p class="visually-hidden" role="status">
          {done}
        </p>
      </div>
    </section>
  );
}
