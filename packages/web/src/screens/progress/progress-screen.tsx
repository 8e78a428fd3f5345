import { api, expectOk, type Success } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { showYuan } from '../../ui/format';
import { LineChart } from '../../ui/line-chart';
import { progressMessages } from './messages';
import './progress.css';

const progressRoute = api.cases[':caseId'].progress;
type Progress = Success<Awaited<ReturnType<typeof progressRoute.$get>>>;

/** `#/progress`: per debt what is paid, what is left, what is next and what was missed. */
export default function ProgressScreen() {
  const text = useMessages(progressMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  const progress = useResource(
    () => expectOk(progressRoute.$get({ param: { caseId }, query: { lang: locale } })),
    [caseId, current.version, locale],
  );
  const data = progress.data;
  const paid = Number(data?.paidSoFar ?? 0);
  const left = Number(data?.remaining ?? 0);
  return (
    <div class="progress-screen">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{text.toNegotiate}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {progress.error !== undefined && <ErrorNotice error={progress.error} onRetry={progress.reload} />}
      {data === undefined && progress.loading && <Loading />}
      {data !== undefined && (
        <>
          <section class="card" aria-labelledby="progress-total">
            <h2 id="progress-total">
              {text.paidSoFar} {showYuan(data.paidSoFar, locale)}
              {data.remaining !== null && ` · ${text.remaining} ${showYuan(data.remaining, locale)}`}
            </h2>
            {data.remaining !== null && paid + left > 0 && (
              <progress class="progress" max={paid + left} value={paid} aria-labelledby="progress-total" />
            )}
            <p>{data.debtFreeOn ? text.debtFree(data.debtFreeOn) : text.noDebtFree}</p>
          </section>
          <BalanceChart balance={data.balance} />
          <ol class="progress-debts">
            {data.debts.map((debt) => (
              <DebtProgressCard key={debt.debtId} debt={debt} />
            ))}
          </ol>
          <p class="muted">{text.estimate}</p>
          <p>
            <a class="button button-secondary" href={hrefTo('/plan')}>
              {text.toPlan}
            </a>
          </p>
        </>
      )}
    </div>
  );
}

/** The agreed balance over time, plan against actual, with the same figures in a table. */
function BalanceChart({ balance }: { balance: Progress['balance'] }) {
  const text = useMessages(progressMessages);
  const { locale } = useLocale();
  if (balance.length === 0) return null;
  const money = (amount: number) => showYuan(amount.toFixed(2), locale);
  const latest = balance.filter((point) => point.actual !== null).at(-1);
  return (
    <section class="card" aria-labelledby="progress-chart">
      <h2 id="progress-chart">{text.chartTitle}</h2>
      <LineChart
        points={balance.map((point, index) => ({ x: index, y: Number(point.planned) }))}
        compare={balance.flatMap((point, index) =>
          point.actual === null ? [] : [{ x: index, y: Number(point.actual) }],
        )}
        label={text.chartLabel(
          balance.length,
          showYuan(latest?.planned ?? '0', locale),
          showYuan(latest?.actual ?? '0', locale),
        )}
        formatX={(index) => balance[index]?.date ?? ''}
        formatY={money}
      />
      <p class="muted">{text.chartLegend}</p>
      <details>
        <summary>{text.chartTableSummary}</summary>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{text.chartDate}</th>
                <th scope="col" class="amount">
                  {text.chartPlanned}
                </th>
                <th scope="col" class="amount">
                  {text.chartActual}
                </th>
              </tr>
            </thead>
            <tbody>
              {balance.map((point) => (
                <tr key={point.date}>
                  <th scope="row">{point.date}</th>
                  <td class="amount">{showYuan(point.planned, locale)}</td>
                  <td class="amount">
                    {point.actual === null ? text.chartFuture : showYuan(point.actual, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function DebtProgressCard({ debt }: { debt: Progress['debts'][number] }) {
  const text = useMessages(progressMessages);
  const { locale } = useLocale();
  const headingId = `progress-${debt.debtId}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {debt.lender}{' '}
        <span class={debt.state === 'behind' ? 'badge badge-danger' : 'badge'}>{debt.stateLabel}</span>
      </h2>
      <dl class="progress-facts">
        <dt>{text.paidSoFar}</dt>
        <dd>{showYuan(debt.paidSoFar, locale)}</dd>
        {debt.remaining !== null && (
          <>
            <dt>{text.remaining}</dt>
            <dd>{showYuan(debt.remaining, locale)}</dd>
          </>
        )}
        {debt.nextDue && (
          <>
            <dt>{text.nextDue}</dt>
            <dd>
              {debt.nextDue.date} · {showYuan(debt.nextDue.amount, locale)}
            </dd>
          </>
        )}
      </dl>
      {debt.warning && (
        <p class="notice notice-error" role="alert">
          {debt.warning}
        </p>
      )}
      {debt.agreement && (
        <>
          <p>
            {text.agreement(showYuan(debt.agreement.total, locale), showYuan(debt.agreement.paid, locale))}
          </p>
          {Number(debt.agreement.overpaid) > 0 && (
            <p>{text.overpaid(showYuan(debt.agreement.overpaid, locale))}</p>
          )}
          <ol class="progress-instalments">
            {debt.agreement.instalments.map((instalment) => (
              <li key={instalment.seq}>
                {text.instalment(instalment.seq, instalment.dueOn)}：{showYuan(instalment.amount, locale)} —{' '}
                <span class={instalment.state === 'missed' ? 'badge badge-danger' : 'badge'}>
                  {instalment.stateLabel}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
}
