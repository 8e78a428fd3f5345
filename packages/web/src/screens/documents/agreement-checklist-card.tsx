import type { CaseFileInput } from '@shangan/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import {
  type ChecklistItem,
  checklistStorageKey,
  coveredByAgreement,
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
 * say what to ask for; the ticks are kept per debt in this browser. Once the agreement is recorded,
 * what its own terms show is ticked for the person, and cannot be unticked here.
 */
export function AgreementChecklistCard({
  caseId,
  debtId,
  items,
  agreement,
}: {
  caseId: string;
  debtId: string;
  items: readonly ChecklistItem[];
  agreement: CaseFileInput['debts'][number]['agreement'];
}) {
  const text = useMessages(documentsMessages);
  const key = checklistStorageKey(caseId, debtId);
  const [stored, setTicked] = useState(() => readTicks(key));
  useEffect(() => setTicked(readTicks(key)), [key]);
  const covered = useMemo(() => coveredByAgreement(items, agreement), [items, agreement]);
  const ticked = useMemo(() => new Set([...stored, ...covered]), [stored, covered]);
  const missing = useMemo(() => missingItems(items, ticked), [items, ticked]);

  const toggle = (label: string, on: boolean) => {
    const next = new Set(stored);
    if (on) next.add(label);
    else next.delete(label);
    setTicked(next);
    writeTicks(key, next);
  };

  return (
    <section class="card no-print" aria-labelledby="agreement-checklist-title">
      <h2 id="agreement-checklist-title">{text.checklistTitle}</h2>
      <p class="muted">{agreement ? text.checklistRecordedIntro : text.checklistIntro}</p>
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
                  disabled={covered.has(item.label)}
                  aria-describedby={done || item.ask === '' ? undefined : askId}
                  onChange={(event) => toggle(item.label, event.currentTarget.checked)}
                />
                <strong lang="zh-CN">{item.label}</strong>
                {covered.has(item.label) && <span class="muted"> {text.inRecordedAgreement}</span>}
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
      {stored.size > 0 && (
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
