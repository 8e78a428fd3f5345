import type { DebtNegotiation } from '@shangan/contract';
import {
  type CalendarDate,
  citationJson,
  daysBetween,
  deriveNextAction,
  formatDate,
  INITIAL_NEGOTIATION_STATE,
  NEGOTIATION_STATE_LABELS,
  type PlanRoute,
  type Reminder,
} from '@shangan/core';
import { useId } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CitationList } from '../../ui/citation-list';
import { agreementMessages } from './agreement-messages';
import type { CaseDebt } from './case-api';
import { showInstant } from './local-time';
import { boardMessages } from './messages';
import { negotiatePath } from './negotiate-route';
import { offerMessages } from './offer-messages';
import { StateMoves } from './state-moves';

interface DebtCardProps {
  debt: CaseDebt;
  /** A debt that may be time-barred or is from an unlicensed lender gets no call and no agreement. */
  route: PlanRoute;
  negotiation: DebtNegotiation | undefined;
  reminders: Reminder[];
  hasAgreement: boolean;
  contactCount: number;
  today: string;
  onMoved: () => void;
}

/** One creditor on the board: its state and since when, the next action and its date, moves, history. */
export function DebtCard({
  debt,
  route,
  negotiation,
  reminders,
  hasAgreement,
  contactCount,
  today,
  onMoved,
}: DebtCardProps) {
  const text = useMessages(boardMessages);
  const agreementText = useMessages(agreementMessages);
  const offerText = useMessages(offerMessages);
  const { locale } = useLocale();
  const headingId = useId();
  const labels = NEGOTIATION_STATE_LABELS[locale];
  const state = negotiation?.state ?? INITIAL_NEGOTIATION_STATE;
  const history = negotiation?.history ?? [];
  const last = history.at(-1);
  const next = deriveNextAction({
    state,
    reminders,
    hasAgreement,
    hasContacts: contactCount > 0,
    today,
    route,
  });
  const negotiable = route === 'negotiate';
  const due = next.reminder;
  const days = due === undefined ? undefined : daysBetween(today as CalendarDate, due.date);

  return (
    <article class="card debt-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{debt.lender}</h2>
      <p class="row">
        <span class={`badge state-badge state-${state}`}>{labels[state]}</span>
        <span class="muted">{last === undefined ? text.neverMoved : text.since(showInstant(last.at))}</span>
      </p>

      <div class="next-action">
        <h3>{text.nextTitle}</h3>
        <p>{text.actions[next.action]}</p>
        {due !== undefined && days !== undefined && (
          <p class="next-date">
            <strong>{formatDate(due.date, locale)}</strong>{' '}
            <span class={days < 0 ? 'badge badge-danger' : days <= 7 ? 'badge badge-warn' : 'badge'}>
              {text.dueIn(days)}
            </span>
          </p>
        )}
        <p class="muted basis">
          <span>
            {next.action === 'file_objection' ? text.basisObjection : text.basisState(labels[state])}
          </span>
          <span>{due === undefined ? text.noDate : text.dateFrom[due.kind]}</span>
        </p>
        {next.action === 'file_objection' && (
          <CitationList citations={[citationJson('civil-procedure-payment-order', locale)]} />
        )}
      </div>

      <div class="actions card-links">
        {negotiable && (
          <a class="button" href={hrefTo(negotiatePath(debt.id, 'call'))}>
            {text.callCopilot}
            <span class="visually-hidden">{text.forLender(debt.lender)}</span>
          </a>
        )}
        <a class="button button-secondary" href={hrefTo(negotiatePath(debt.id, 'log'))}>
          {text.logContact(contactCount)}
          <span class="visually-hidden">{text.forLender(debt.lender)}</span>
        </a>
        <a class="button button-quiet" href={hrefTo(negotiatePath(debt.id, 'offer'))}>
          {offerText.link}
          <span class="visually-hidden">{text.forLender(debt.lender)}</span>
        </a>
        {negotiable && (
          <a class="button button-quiet" href={hrefTo(negotiatePath(debt.id, 'agreement'))}>
            {agreementText.link}
            <span class="visually-hidden">{text.forLender(debt.lender)}</span>
          </a>
        )}
      </div>

      <StateMoves debtId={debt.id} lender={debt.lender} state={state} onMoved={onMoved} />

      <details class="history">
        <summary>{text.historyTitle(history.length)}</summary>
        {history.length === 0 ? (
          <p class="muted">{text.historyEmpty}</p>
        ) : (
          <ol class="history-list" reversed>
            {[...history].reverse().map((event) => (
              <li key={event.at}>
                <span class="numbers">{showInstant(event.at)}</span> <strong>{labels[event.state]}</strong>
                {event.note !== null && <p class="history-note">{event.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </details>
    </article>
  );
}
