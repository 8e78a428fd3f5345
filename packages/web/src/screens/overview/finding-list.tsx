import { SEVERITY_LABELS, type Severity } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { CitationList } from '../../ui/citation-list';
import type { DebtJson } from './debt-json';
import { overviewMessages } from './messages';

const SEVERITY_BADGE: Record<Severity, string> = {
  high: 'badge badge-danger',
  warning: 'badge badge-warn',
  info: 'badge',
};

/** The analysis' findings in plain sentences, each with its severity and its legal sources. */
export function FindingList({ findings }: { findings: DebtJson['findings'] }) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  return (
    <div>
      <h4>{text.findingsTitle}</h4>
      {findings.length === 0 ? (
        <p>{text.findingsNone}</p>
      ) : (
        <ul class="overview-findings">
          {findings.map((finding) => (
            <li key={finding.code}>
              <span class={SEVERITY_BADGE[finding.severity]}>
                {SEVERITY_LABELS[locale][finding.severity]}
              </span>
              <p>{finding.message}</p>
              <CitationList citations={finding.citations} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
