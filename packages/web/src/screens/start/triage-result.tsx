import { type CitationId, citationJson, date, renderTriage } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CitationList } from '../../ui/citation-list';
import { todayIso } from '../../ui/format';
import { CaseActions } from './case-actions';
import { startMessages } from './messages';
import { type UrgentAction, urgentActions } from './triage-actions';
import { TRIAGE_ACTIONS, TRIAGE_QUESTIONS } from './triage-questions';
import { loadTriage } from './triage-store';

/** The triage's result: each thing to do this week, why, and the law behind it where there is law. */
export function TriageResult() {
  const text = useMessages(startMessages);
  const actions = urgentActions(loadTriage(), date(todayIso()));
  const courtMatters = actions.some((action) => action.urgency === 'now');
  return (
    <div class="start">
      <h1>{text.resultTitle}</h1>
      {!courtMatters && <p class="notice notice-ok">{text.nothingUrgent}</p>}
      <ol class="start-result">
        {actions.map((action) => (
          <ActionCard key={action.code} action={action} />
        ))}
      </ol>
      <p>{text.nextStep}</p>
      <CaseActions />
      <p>
        <a href={hrefTo(`/start/${TRIAGE_QUESTIONS[0]?.id ?? ''}`)}>{text.restart}</a>
      </p>
    </div>
  );
}

function ActionCard({ action }: { action: UrgentAction }) {
  const text = useMessages(startMessages);
  const { locale } = useLocale();
  const words = TRIAGE_ACTIONS[action.code];
  const what = action.item ? renderTriage(action.item, locale, text.yourDebt) : words.do?.[locale];
  const deadline = action.item?.code === 'payment_order' ? action.item.params : undefined;
  return (
    <li class={`card start-action start-action-${action.urgency}`}>
      <h2>
        <span class={action.urgency === 'now' ? 'badge badge-danger' : 'badge badge-warn'}>
          {text.urgency[action.urgency]}
        </span>{' '}
        {words.title[locale]}
      </h2>
      {deadline?.deadline && (
        <p class="start-deadline">
          {text.deadline}：
          <strong class="figure" data-figure="payment-order-deadline">
            {deadline.deadline}
          </strong>
          {deadline.daysLeft !== null && text.daysLeft(deadline.daysLeft)}
        </p>
      )}
      {what && <p>{what}</p>}
      {action.code === 'paymentOrder' && (
        <p>
          <a class="button" href={hrefTo('/payment-order')}>
            {text.writeObjection}
          </a>
        </p>
      )}
      <p class="muted">
        {text.why}
        {words.why[locale]}
      </p>
      <CitationList citations={action.citations.map((id: CitationId) => citationJson(id, locale))} />
    </li>
  );
}
