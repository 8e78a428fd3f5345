import { useMessages } from '../../i18n/messages';
import { showRate } from '../../ui/format';
import type { DebtJson } from './debt-json';
import { overviewMessages } from './messages';
import { showStatedPercent } from './stated-percent';

/** What the lender advertised against the true annual rate, both ways of annualising, each explained. */
export function RateFacts({ debt }: { debt: DebtJson }) {
  const text = useMessages(overviewMessages);
  const stated = debt.advertised;
  const { apr } = debt;
  return (
    <div>
      <h4>{text.ratesTitle}</h4>
      <dl class="overview-rates">
        <div>
          <dt>{text.advertised}</dt>
          <dd class="numbers">
            {stated === null
              ? text.notEntered
              : `${text.advertisedKind[stated.kind]} ${showStatedPercent(stated.rate)}`}
          </dd>
          <dd class="hint">{text.advertisedHint}</dd>
        </div>
        <div>
          <dt>{text.aprSimple}</dt>
          <dd class="figure" data-figure="apr-simple">
            {showRate(apr?.simple)}
          </dd>
          <dd class="hint">
            {apr === null
              ? text.aprMissing
              : text.aprSimpleHint(showRate(apr.periodicRate), apr.periodsPerYear, apr.method === 'xirr')}
          </dd>
        </div>
        <div>
          <dt>{text.aprCompound}</dt>
          <dd class="figure" data-figure="apr-compound">
            {showRate(apr?.compound)}
          </dd>
          <dd class="hint">{text.aprCompoundHint}</dd>
        </div>
      </dl>
    </div>
  );
}
