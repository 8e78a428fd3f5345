import { fen, formatMoney } from '@shangan/core';
import { useId } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { showYuan } from '../../ui/format';
import { LineChart } from '../../ui/line-chart';
import { balanceSeries } from './balance-series';
import { planMessages } from './messages';
import { monthlyGap, type StrategyJson } from './strategy-facts';

interface StrategyCardProps {
  strategy: StrategyJson;
  recommended: boolean;
  /** The offers below follow this strategy. */
  selected: boolean;
  lenderOf: (debtId: string) => string;
  /** Shared by all cards so their charts compare at a glance. */
  scale: { months: number; total: number };
}

/** One strategy: its rule, months to debt-free, total, or its gap, and its balance over time. */
export function StrategyCard({ strategy, recommended, selected, lenderOf, scale }: StrategyCardProps) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const id = useId();
  const gap = monthlyGap(strategy);
  return (
    <article
      class={selected ? 'card plan-strategy plan-strategy-selected' : 'card plan-strategy'}
      aria-labelledby={id}
    >
      {(recommended || selected) && (
        <p class="row plan-badges">
          {recommended && <span class="badge badge-C">{text.recommended}</span>}
          {selected && <span class="badge">{text.selected}</span>}
        </p>
      )}
      <h3 id={id}>{strategy.label}</h3>
      <p class="muted plan-rule">{text.rules[strategy.name]}</p>
      {!strategy.feasible && <p class="notice notice-warn">{text.infeasibleTitle}</p>}
      <dl class="plan-facts">
        <dt>{text.monthsLabel}</dt>
        <dd>
          <span class="figure" data-figure="months">
            {strategy.feasible ? strategy.months : '—'}
          </span>{' '}
          {strategy.feasible && text.monthsUnit}
        </dd>
        <dt>{strategy.feasible ? text.totalLabel : text.neededLabel}</dt>
        <dd class="plan-amount" data-figure="total-paid">
          {showYuan(strategy.shortfall === null ? strategy.totalPaid : strategy.shortfall.needed, locale)}
        </dd>
        {gap !== null && strategy.shortfall !== null && (
          <>
            <dt>{text.availableLabel}</dt>
            <dd>{showYuan(strategy.shortfall.available, locale)}</dd>
            <dt>{text.gapLabel}</dt>
            <dd class="plan-amount plan-gap" data-figure="monthly-gap">
              {formatMoney(gap, locale)}
            </dd>
          </>
        )}
      </dl>
      {strategy.feasible && strategy.months === 0 && <p class="notice notice-ok">{text.nothingDue}</p>}
      {strategy.firstCleared !== null && (
        <p class="muted">
          {text.firstCleared(lenderOf(strategy.firstCleared.debtId), strategy.firstCleared.month)}
        </p>
      )}
      {strategy.months > 0 && <BalanceOverTime strategy={strategy} scale={scale} />}
    </article>
  );
}

/** The chart, and the same numbers as a table behind a disclosure. */
function BalanceOverTime({ strategy, scale }: { strategy: StrategyJson; scale: StrategyCardProps['scale'] }) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const series = balanceSeries(strategy);
  const money = (amount: number) => formatMoney(fen(amount), locale);
  return (
    <>
      <LineChart
        points={series.map((point) => ({ x: point.month, y: point.balance }))}
        label={text.chartLabel(strategy.label, showYuan(strategy.totalPaid, locale), strategy.months)}
        xMax={scale.months}
        yMax={scale.total}
        formatX={(month) => (month === 0 ? text.now : text.monthsShort(month))}
        formatY={money}
      />
      <details>
        <summary>{text.tableSummary}</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{text.tableCaption(strategy.label)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columnMonth}</th>
                <th scope="col">{text.columnDate}</th>
                <th scope="col" class="amount">
                  {text.columnBalance}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{point.month === 0 ? text.beforeStart : text.monthNumber(point.month)}</th>
                  <td>{point.date ?? '—'}</td>
                  <td class="amount">{money(point.balance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
