import { LENDER_TYPE_LABELS } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CitationList } from '../../ui/citation-list';
import { showRate } from '../../ui/format';
import type { DebtJson } from './debt-json';
import { overviewMessages } from './messages';

/**
 * The cap a court would likely apply and why: the rule, the lender type, the contract date and the
 * LPR it was computed from. A cap that is court practice rather than a number in a judicial
 * interpretation says "参考" (cap.strength "reference").
 */
export function CapFacts({
  debt,
  startDate,
  startLabel,
}: {
  debt: DebtJson;
  /** The contract date (a card's opening date, a plan's start), when there is one worth showing. */
  startDate: string | undefined;
  startLabel: string;
}) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const { cap } = debt;
  const segments = cap.segments.map((segment, index) => {
    const next = cap.segments[index + 1];
    const rate = showRate(segment.rate);
    if (segment.from !== null) return text.segmentFrom(segment.from, rate);
    return next?.from ? text.segmentBefore(next.from, rate) : rate;
  });
  return (
    <div>
      <h4>{text.capTitle}</h4>
      <dl class="overview-rates">
        <div>
          <dt>{text.capRate}</dt>
          <dd class="figure" data-figure="cap-rate">
            {showRate(cap.rate)}
          </dd>
          <dd class="hint">{cap.label}</dd>
        </div>
      </dl>
      <p class="overview-strength">
        <span class={cap.strength === 'reference' ? 'badge badge-warn' : 'badge badge-C'}>
          {text.strengthTag[cap.strength]}
        </span>{' '}
        {text.strength[cap.strength]}
      </p>
      <p class="overview-cap-why-title">{text.capWhy}</p>
      <ul class="overview-cap-why">
        <li>{text.named(text.lenderType, LENDER_TYPE_LABELS[locale][debt.lenderType])}</li>
        {startDate !== undefined && <li>{text.named(startLabel, startDate)}</li>}
        <li>
          {cap.lpr !== null && cap.lprDate !== null ? (
            <>
              {text.capLpr(showRate(cap.lpr), cap.lprDate)}{' '}
              <a class="no-print" href={hrefTo('/lpr')}>
                {text.lprLink}
              </a>
            </>
          ) : (
            text.capNoLpr
          )}
        </li>
        {segments.length > 1 && <li>{text.capSegments(segments.join(locale === 'zh' ? '；' : '; '))}</li>}
      </ul>
      <CitationList citations={cap.citations} />
    </div>
  );
}
