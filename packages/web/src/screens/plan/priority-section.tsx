import type { PlanReportJson } from '@shangan/core';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CitationList } from '../../ui/citation-list';
import { planMessages } from './messages';

/**
 * The priority debts, before any strategy: each with what it takes every month, paid first and in
 * full, and why (each sentence with what it rests on). Nothing when the budget lists none.
 */
export function PrioritySection({ priority }: { priority: PlanReportJson['priority'] }) {
  const text = useMessages(planMessages);
  if (priority.debts.length === 0) return null;
  return (
    <section class="card plan-priority" aria-labelledby="plan-priority">
      <h2 id="plan-priority">{text.priorityHeading}</h2>
      <ul class="plan-priority-debts">
        {priority.debts.map((debt, index) => (
          // The budget may list two debts with the same name; their place is their identity.
          <li key={`${index}-${debt.name}`} data-figure="priority-debt">
            {debt.line}
          </li>
        ))}
      </ul>
      {priority.notes.map((note) => (
        <div key={note.text} class={note.basis === 'fact' ? undefined : 'plan-priority-why'}>
          <p>
            {note.text}
            {note.basis !== 'fact' && <span class="muted"> {text.basis[note.basis]}</span>}
          </p>
          <CitationList citations={note.citations} />
        </div>
      ))}
      <p>
        <a href={hrefTo('/budget')}>{text.editPriority}</a>
      </p>
    </section>
  );
}
