import type { CaseReportJson } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { BarChart } from '../../ui/bar-chart';
import { showYuan } from '../../ui/format';
import { claimedDebts, claimRows, largestExcess } from './claim-rows';
import { overviewMessages } from './messages';
import { ScrollRegion } from './scroll-region';

/** The case in four figures, then claimed against likely supported per debt (chart and table). */
export function TotalsSection({ report }: { report: CaseReportJson }) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const { totals, debts } = report;
  const money = (amount: string | null) => showYuan(amount, locale);
  const claimed = claimedDebts(debts);
  const unclaimed = debts.length - claimed.length;
  const largest = largestExcess(debts);
  return (
    <section aria-labelledby="overview-totals">
      <h2 id="overview-totals">{text.totalsTitle}</h2>
      <dl class="card overview-totals">
        <div>
          <dt>{text.totalClaimed}</dt>
          <dd class="figure" data-figure="total-claimed">
            {money(totals.claimed)}
          </dd>
        </div>
        <div>
          <dt>{text.totalSupported}</dt>
          <dd class="figure" data-figure="total-supported">
            {money(totals.supported)}
          </dd>
        </div>
        {unclaimed > 0 && (
          <div>
            <dt>{text.supportedOfClaimed(claimed.length)}</dt>
            <dd class="figure" data-figure="total-supported-of-claimed">
              {money(totals.supportedOfClaimed)}
            </dd>
          </div>
        )}
        <div>
          <dt>{text.totalExcess}</dt>
          <dd class="figure overview-excess" data-figure="total-excess">
            {money(totals.excess)}
          </dd>
        </div>
        <div>
          <dt>{text.totalOverpaid}</dt>
          <dd class="figure" data-figure="total-overpaid">
            {money(totals.overpaid)}
          </dd>
        </div>
      </dl>
      {unclaimed > 0 && <p class="muted">{text.unclaimedNote(unclaimed)}</p>}
      {claimed.length > 0 && (
        <div class="card">
          <h3>{text.chartTitle}</h3>
          <BarChart
            summary={text.chartSummary(
              claimed.length,
              money(totals.claimed),
              money(totals.supportedOfClaimed),
              largest === undefined ? null : text.chartLargest(largest.lender, money(largest.legal.excess)),
            )}
            series={[
              { label: text.seriesClaimed, color: 'var(--warn)' },
              { label: text.seriesSupported, color: 'var(--accent)' },
            ]}
            rows={claimRows(debts, locale)}
          />
          <ScrollRegion label={text.tableCaption}>
            <table>
              <caption class="visually-hidden">{text.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.columnDebt}</th>
                  <th scope="col" class="amount">
                    {text.columnClaimed}
                  </th>
                  <th scope="col" class="amount">
                    {text.columnSupported}
                  </th>
                  <th scope="col" class="amount">
                    {text.columnExcess}
                  </th>
                </tr>
              </thead>
              <tbody>
                {claimed.map((debt) => (
                  <tr key={debt.id}>
                    <th scope="row">{debt.lender}</th>
                    <td class="amount">{money(debt.legal.claimed)}</td>
                    <td class="amount">{money(debt.legal.supported)}</td>
                    <td class="amount">{money(debt.legal.excess)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
    </section>
  );
}
