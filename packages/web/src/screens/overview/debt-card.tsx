import { useId } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { showYuan } from '../../ui/format';
import { AgreedHeadline } from './agreed-headline';
import { AmountFacts } from './amount-facts';
import { CapFacts } from './cap-facts';
import type { DebtJson, EnteredDebt } from './debt-json';
import { debtShape, shownStartDate } from './debt-shape';
import { FindingList } from './finding-list';
import { overviewMessages } from './messages';
import { RateFacts } from './rate-facts';
import { ScenarioTable } from './scenario-table';

/** One debt: the signed agreement first when there is one, then its real price, the cap that applies and why, what a court would likely support. */
export function DebtCard({ debt, entered }: { debt: DebtJson; entered: EnteredDebt | undefined }) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <article class="card overview-debt" aria-labelledby={titleId}>
      <h3 id={titleId}>{debt.lender}</h3>
      <p class="muted numbers">
        {text.named(text.principalOf[debtShape(entered)], showYuan(debt.principal, locale))}
        {debt.legal.principalBasis !== debt.principal &&
          ` · ${text.named(text.principalBasis, showYuan(debt.legal.principalBasis, locale))}`}
      </p>
      <AgreedHeadline entered={entered} />
      <div class="grid grid-2">
        <RateFacts debt={debt} />
        <CapFacts
          debt={debt}
          startDate={shownStartDate(entered)}
          startLabel={text.startDateOf[debtShape(entered)]}
        />
      </div>
      <AmountFacts legal={debt.legal} />
      <FindingList findings={debt.findings} />
      <ScenarioTable lender={debt.lender} scenarios={debt.legal.scenarios} />
      <p class="no-print">
        <a class="button button-quiet" href={hrefTo(`/intake/${encodeURIComponent(debt.id)}`)}>
          {text.editDebt}
          <span class="visually-hidden">{text.named('', debt.lender)}</span>
        </a>
      </p>
    </article>
  );
}
