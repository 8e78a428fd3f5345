import type { PlanReportJson } from '@shangan/core';
import type { Resource } from '../../api/use-resource';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { CitationList } from '../../ui/citation-list';
import { overviewMessages } from './messages';
import { pickUrgent } from './urgent-items';

/**
 * The plan's triage (a payment-order deadline, a lawsuit, abusive collection…), shortest first:
 * a frightened person should see the one thing to do this week before any table.
 */
export function UrgentSection({ plan }: { plan: Resource<PlanReportJson> }) {
  const text = useMessages(overviewMessages);
  const triage = plan.data?.triage;
  const { shown, more } = pickUrgent(triage ?? []);
  return (
    <section aria-labelledby="overview-urgent" class="card overview-urgent">
      <h2 id="overview-urgent">{text.urgentTitle}</h2>
      {plan.error && <ErrorNotice error={plan.error} onRetry={plan.reload} />}
      {triage === undefined ? (
        plan.loading && <Loading label={text.urgentLoading} />
      ) : shown.length === 0 ? (
        <p>{text.urgentNone}</p>
      ) : (
        <ul class="overview-urgent-list">
          {shown.map((item) => (
            <li key={`${item.code}-${item.debtId ?? ''}`}>
              <p>
                <span class={item.urgency === 'now' ? 'badge badge-danger' : 'badge badge-warn'}>
                  {text.urgency[item.urgency]}
                </span>
                {item.basis === 'law' && <span class="muted"> {text.lawBasis}</span>} {item.message}
              </p>
              <CitationList citations={item.citations} />
            </li>
          ))}
        </ul>
      )}
      {triage !== undefined && more > 0 && (
        <p>
          <a href={hrefTo('/plan')}>{text.urgentMore(more)}</a>
        </p>
      )}
    </section>
  );
}
