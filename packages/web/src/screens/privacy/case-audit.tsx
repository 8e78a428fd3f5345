import type { AuditEntryJson } from '@shangan/contract';
import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { showTimestamp } from '../clients/timestamp';
import { accessMessages } from './access-messages';
import { auditLine } from './audit-line';

/** How many lines are shown at first: weeks of an advisor's work; the rest behind "more". */
const SHOWN = 50;

function AuditItem({ entry }: { entry: AuditEntryJson }) {
  const text = useMessages(accessMessages);
  const { locale } = useLocale();
  const { who, what } = auditLine(entry, text);
  const details = [
    entry.clientAddress !== null ? text.auditFrom(entry.clientAddress) : undefined,
    entry.evidenceId !== null ? `${text.auditEvidence} ${entry.evidenceId.slice(0, 8)}` : undefined,
  ].filter((detail) => detail !== undefined);
  return (
    <li class="audit-item">
      <p>
        <time dateTime={entry.at}>{showTimestamp(entry.at, locale)}</time>{' '}
        {entry.outcome === 'refused' && <span class="badge badge-warn">{text.auditRefused}</span>}
      </p>
      <p>{text.whoDid(who, what)}</p>
      {details.length > 0 && <p class="muted audit-detail">{details.join(' · ')}</p>}
    </li>
  );
}

/** "谁看过我的案件": the case's audit log (GET /api/cases/:id/audit), newest first. */
export function CaseAudit({ caseId, version }: { caseId: string; version: number }) {
  const text = useMessages(accessMessages);
  const audit = useResource(
    () => expectOk(api.cases[':caseId'].audit.$get({ param: { caseId } })),
    [caseId, version],
  );
  const entries = audit.data?.entries ?? [];
  // The log has no ids to show; one answer's order (newest first) is fixed, so position keys it.
  const items = (from: number, to?: number) =>
    entries.slice(from, to).map((entry, index) => <AuditItem key={from + index} entry={entry} />);
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{text.auditTitle}</h2>
      <p class="muted">{text.auditIntro}</p>
      {audit.error ? (
        <ErrorNotice error={audit.error} onRetry={audit.reload} />
      ) : audit.data === undefined ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p>{text.auditEmpty}</p>
      ) : (
        <>
          <ol class="audit-list">{items(0, SHOWN)}</ol>
          {entries.length > SHOWN && (
            <details>
              <summary>{text.auditMore(entries.length - SHOWN)}</summary>
              <ol class="audit-list">{items(SHOWN)}</ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
