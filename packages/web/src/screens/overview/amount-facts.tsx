import { yuan } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { showYuan } from '../../ui/format';
import type { DebtJson } from './debt-json';
import { overviewMessages } from './messages';

/** What the lender claims against what a court would likely support, and the difference. */
export function AmountFacts({ legal }: { legal: DebtJson['legal'] }) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const money = (amount: string | null) => showYuan(amount, locale);
  return (
    <div>
      <h4>{text.amountsTitle}</h4>
      <dl class="overview-amounts">
        <div>
          <dt>{text.claimed}</dt>
          <dd data-figure="claimed">{legal.claimed === null ? text.notEntered : money(legal.claimed)}</dd>
        </div>
        <div>
          <dt>{text.supported}</dt>
          <dd data-figure="supported">{money(legal.supported)}</dd>
          {legal.scenarios.some((scenario) => scenario.applied && scenario.limitedByClaim) && (
            <dd class="hint">{text.limitedByClaim}</dd>
          )}
        </div>
        <div>
          <dt>{text.excess}</dt>
          <dd data-figure="excess" class="overview-excess">
            {money(legal.excess)}
          </dd>
        </div>
        <div>
          <dt>{text.paid}</dt>
          <dd>{money(legal.paid)}</dd>
        </div>
        {legal.overpaid !== null && yuan(legal.overpaid) > 0 && (
          <div>
            <dt>{text.overpaid}</dt>
            <dd data-figure="overpaid">{money(legal.overpaid)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
