import type { PlanRoute } from '@shangan/core';
import { useMemo } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { todayIso } from '../../ui/format';
import { debtDocuments } from '../documents/debt-documents';
import { DebtCard } from './debt-card';
import { boardMessages } from './messages';

/** `#/negotiate`: one card per creditor with its state, next action and allowed moves. */
export function StatusBoard() {
  const text = useMessages(boardMessages);
  const current = useCurrentCase();
  const param = { caseId: current.caseId ?? '' };
  const keys = [param.caseId, current.version];
  const theCase = api.cases[':caseId'];
  const negotiation = useResource(() => expectOk(theCase.negotiation.$get({ param })), keys);
  const reminders = useResource(() => expectOk(theCase.reminders.$get({ param })), keys);
  const agreements = useResource(() => expectOk(theCase.agreements.$get({ param })), keys);
  const contacts = useResource(() => expectOk(theCase.contacts.$get({ param })), keys);
  const debts = current.caseFile?.debts ?? [];
  // The same reading of each debt the documents screen makes, in the browser with the core.
  const routes = useMemo(() => {
    const documents = current.caseFile ? debtDocuments(current.caseFile) : new Map();
    return (debtId: string): PlanRoute => {
      const facts = documents.get(debtId);
      return facts?.limitationExpired ? 'limitation_defence' : facts?.unlicensed ? 'unlicensed' : 'negotiate';
    };
  }, [current.caseFile]);
  const resources = [negotiation, reminders, agreements, contacts];
  const failed = resources.find((resource) => resource.error !== undefined);
  const today = todayIso();

  return (
    <div class="negotiate">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {debts.length > 0 && (
        <p>
          <a class="button button-secondary" href={hrefTo('/messages')}>
            {text.pasteMessages}
          </a>{' '}
          <a class="button button-quiet" href={hrefTo('/collector-check')}>
            {text.collectorCheck}
          </a>{' '}
          <a class="button button-quiet" href={hrefTo('/progress')}>
            {text.progress}
          </a>
        </p>
      )}
      {debts.length === 0 && <p class="notice">{text.noDebts}</p>}
      {failed?.error && <ErrorNotice error={failed.error} onRetry={failed.reload} />}
      {resources.some((resource) => resource.data === undefined && resource.loading) && <Loading />}
      {negotiation.data && reminders.data && agreements.data && contacts.data && (
        <div class="grid grid-2 board">
          {debts.map((debt) => (
            <DebtCard
              key={debt.id}
              debt={debt}
              route={routes(debt.id)}
              negotiation={negotiation.data?.negotiation.find((entry) => entry.debtId === debt.id)}
              reminders={reminders.data?.reminders.filter((reminder) => reminder.debtId === debt.id) ?? []}
              hasAgreement={
                agreements.data?.agreements.some((agreement) => agreement.debtId === debt.id) ?? false
              }
              contactCount={
                contacts.data?.contacts.filter((contact) => contact.debtId === debt.id).length ?? 0
              }
              today={today}
              onMoved={() => {
                negotiation.reload();
                reminders.reload();
              }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
