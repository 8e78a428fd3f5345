import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import type { CaseDebt } from './case-api';
import { ContactForm } from './contact-form';
import { ContactHistory } from './contact-history';
import { debtContacts } from './contact-history-model';
import { contactMessages } from './contact-messages';
import { boardMessages } from './messages';
import { negotiatePath } from './negotiate-route';
import { UsageNotice } from './usage-notice';

/** `#/negotiate/<debt>/log`: log one contact with its evidence; below it, every contact so far. */
export function ContactLog({ debt }: { debt: CaseDebt }) {
  const text = useMessages(contactMessages);
  const board = useMessages(boardMessages);
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  const contacts = useResource(
    () => expectOk(api.cases[':caseId'].contacts.$get({ param: { caseId } })),
    [caseId, current.version],
  );

  return (
    <div class="negotiate">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{board.backToBoard}</a>
      </p>
      <h1>{text.title(debt.lender)}</h1>
      <p>{text.intro}</p>
      <p>
        <a class="button button-secondary" href={hrefTo(negotiatePath(debt.id, 'call'))}>
          {text.toCall}
        </a>
      </p>
      <div class="log-layout">
        {/* A logged contact moves the case's revision: read it again (its contacts reload with it). */}
        <ContactForm
          caseId={caseId}
          debtId={debt.id}
          onSaved={() => void current.refresh().catch(() => contacts.reload())}
        />
        <div>
          {contacts.error !== undefined && <ErrorNotice error={contacts.error} onRetry={contacts.reload} />}
          {contacts.data === undefined ? (
            contacts.loading && <Loading label={text.loadingHistory} />
          ) : (
            <>
              <UsageNotice usage={contacts.data.usage} />
              <ContactHistory
                entries={debtContacts(contacts.data.contacts, debt.id)}
                caseId={caseId}
                debtId={debt.id}
                // Deleting (or undoing) moves the revision too.
                onChanged={() => void current.refresh().catch(() => contacts.reload())}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
