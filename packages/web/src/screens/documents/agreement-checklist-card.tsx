import { useEffect, useMemo, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import {
  type ChecklistItem,
  checklistStorageKey,
  missingItems,
  parseTicks,
  serializeTicks,
} from './agreement-checklist';
import { documentsMessages } from './messages';

function readTicks(key: string): Set<string> {
  try {
    return parseTicks(localStorage.getItem(key));
  } catch {
    return new Set();
  }
}

function writeTicks(key: string, ticked: ReadonlySet<string>): void {
  try {
    if (ticked.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, serializeTicks(ticked));
  } catch {
    // Storage refused (private browsing): the ticks last for this visit only.
  }
}

/**
 * What a written agreement must state, to tick against the lender's written offer. Unticked items
 * say what to ask for; the ticks are kept per debt in this browser.
 */
export function AgreementChecklistCard({
  caseId,
  debtId,
  items,
}: {
  caseId: string;
  debtId: string;
  items: readonly ChecklistItem[];
}) {
  const text = useMessages(documentsMessages);
  const key = checklistStorageKey(caseId, debtId);
  const [ticked, setTicked] = useState(() => readTicks(key));
  useEffect(() => setTicked(readTicks(key)), [key]);
  const missing = useMemo(() => missingItems(items, ticked), [items, ticked]);

  const toggle = (label: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(label);
    else next.delete(label);
    setTicked(next);
    writeTicks(key, next);
  };

  return (
    <section class="card no-print" aria-labelledby="agreement-checklist-title">
      <h2 id="agreement-checklist-title">{text.checklistTitle}</h2>
      <p class="muted">{text.checklistIntro}</p>
      <ul class="checklist-items">
        {items.map((item, index) => {
          const done = ticked.has(item.label);
          const askId = `checklist-ask-${index}`;
          return (
            <li key={item.label} class={done ? 'checklist-item checklist-done' : 'checklist-item'}>
              <label class="checklist-label">
                <input
                  type="checkbox"
                  checked={done}
                  aria-describedby={done || item.ask === '' ? undefined : askId}
                  onChange={(event) => toggle(item.label, event.currentTarget.checked)}
                />
                <strong lang="zh-CN">{item.label}</strong>
              </label>
              {!done && (
                <p class="checklist-ask" id={askId}>
                  <span class="badge badge-warn">{text.missingBadge}</span>{' '}
                  <span lang="zh-CN">{item.ask}</span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div
        class={missing.length === 0 ? 'notice notice-ok' : 'notice notice-warn'}
        role="status"
        aria-live="polite"
      >
        <p>
          {text.progress(
            items.length - missing.length,
            items.length,
            missing.map((item) => item.label),
          )}
        </p>
      </div>
      {ticked.size > 0 && (
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            setTicked(new Set());
            writeTicks(key, new Set());
          }}
        >
          {text.clearTicks}
        </button>
      )}
    </section>
  );
}
