import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/messages';
import { ErrorNotice } from '../ui/async-state';
import type { CaseChange } from './case-changes';
import { conflictMessages } from './conflict-messages';
import { useCurrentCase } from './current-case';

type Texts = (typeof conflictMessages)['zh'];

function describe(change: CaseChange, text: Texts): string {
  switch (change.kind) {
    case 'section':
      return text.sectionChanged(text.section[change.section]);
    case 'debt_added':
      return text.debtAdded(change.lender);
    case 'debt_removed':
      return text.debtRemoved(change.lender);
    case 'debt_changed':
      return text.debtChanged(
        change.lender,
        change.fields.map((field) => text.fields[field] ?? field).join(text.separator),
      );
  }
}

/**
 * After a save the server refused because the case changed elsewhere (412): a calm notice that the
 * change was not saved, what is different in the case as stored now, and a way to re-apply it.
 * The screen that saved keeps what the person typed, so nothing is lost either way.
 */
export function ConflictNotice() {
  const text = useMessages(conflictMessages);
  const current = useCurrentCase();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error | undefined>();
  const { conflict } = current;
  const notice = useRef<HTMLElement>(null);
  const open = conflict !== undefined && !conflict.reapplied;
  // The save button may be far below: bring the notice into view and to the screen reader at once.
  useEffect(() => {
    if (open) notice.current?.focus();
  }, [open]);
  if (conflict === undefined) return null;
  if (conflict.reapplied) {
    return (
      <div class="notice conflict-notice" role="status">
        <p>{text.reapplied}</p>
        <button type="button" class="button button-secondary" onClick={current.dismissConflict}>
          {text.close}
        </button>
      </div>
    );
  }
  const reapply = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await current.reapply();
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      ref={notice}
      tabIndex={-1}
      class="notice conflict-notice"
      role="alert"
      aria-labelledby="conflict-title"
    >
      <h2 id="conflict-title">{text.title}</h2>
      <p>{text.notSaved}</p>
      {conflict.changes.length === 0 ? (
        <p>{text.nothingVisible}</p>
      ) : (
        <ul>
          {conflict.changes.map((change) => (
            <li key={`${change.kind}:${'debtId' in change ? change.debtId : change.section}`}>
              {describe(change, text)}
            </li>
          ))}
        </ul>
      )}
      <p>{text.kept}</p>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <p class="conflict-actions">
        <button type="button" class="button" onClick={reapply} disabled={busy}>
          {busy ? text.reapplying : text.reapply}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={current.dismissConflict}
          disabled={busy}
        >
          {text.dismiss}
        </button>
      </p>
    </section>
  );
}
