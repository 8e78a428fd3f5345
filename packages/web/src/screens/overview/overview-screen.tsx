import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { CitationList } from '../../ui/citation-list';
import { DebtCard } from './debt-card';
import { overviewMessages } from './messages';
import { TotalsSection } from './totals-section';
import { UrgentSection } from './urgent-section';
import './overview.css';

/** What each debt really costs, what a court would likely support, and what to do first. */
export default function OverviewScreen() {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  const analysis = useResource(
    () => expectOk(api.cases[':caseId'].analysis.$get({ param: { caseId }, query: { lang: locale } })),
    [caseId, locale, current.version],
  );
  // One strategy is enough for the triage (it does not depend on the strategy), and it is cheaper.
  const plan = useResource(
    () =>
      expectOk(
        api.cases[':caseId'].plan.$get({ param: { caseId }, query: { lang: locale, strategy: 'pro_rata' } }),
      ),
    [caseId, locale, current.version],
  );
  const report = analysis.data;
  // Nothing below the heading is drawn until both answers are in, so nothing jumps when the
  // second one arrives (layout shift on a slow phone is disorienting).
  const waiting = plan.data === undefined && plan.error === undefined;
  if (report === undefined || waiting) {
    return (
      <div class="overview">
        <h1>{text.title}</h1>
        {analysis.error ? (
          <ErrorNotice error={analysis.error} onRetry={analysis.reload} />
        ) : (
          <Loading label={text.loadingAnalysis} />
        )}
      </div>
    );
  }
  return (
    <div class="overview">
      <h1>{text.title}</h1>
      <UrgentSection plan={plan} />
      {analysis.error && <ErrorNotice error={analysis.error} onRetry={analysis.reload} />}
      {
        <div aria-busy={analysis.loading}>
          <p class="muted">
            {text.asOf(report.asOf)} {text.estimates}
          </p>
          {report.debts.length === 0 ? (
            <div class="notice">
              <p>{text.noDebts}</p>
              <a class="button" href={hrefTo('/intake')}>
                {text.addDebt}
              </a>
            </div>
          ) : (
            <>
              <TotalsSection report={report} />
              <section aria-labelledby="overview-debts">
                <h2 id="overview-debts">{text.debtsTitle}</h2>
                <div class="overview-cards">
                  {report.debts.map((debt) => (
                    <DebtCard
                      key={debt.id}
                      debt={debt}
                      entered={current.caseFile?.debts.find((item) => item.id === debt.id)}
                    />
                  ))}
                </div>
              </section>
            </>
          )}
          {report.notices.length > 0 && (
            <section aria-labelledby="overview-notices">
              <h2 id="overview-notices">{text.noticesTitle}</h2>
              {report.notices.map((notice) => (
                <div key={notice.code} class="notice notice-warn">
                  <p>{notice.message}</p>
                  {notice.code === 'lpr_stale' && (
                    <p class="no-print">
                      <a href={hrefTo('/lpr')}>{text.lprStaleLink}</a>
                    </p>
                  )}
                  <CitationList citations={notice.citations} />
                </div>
              ))}
            </section>
          )}
        </div>
      }
      <nav aria-labelledby="overview-next" class="no-print">
        <h2 id="overview-next">{text.nextTitle}</h2>
        <div class="actions">
          <a class="button" href={hrefTo('/budget')}>
            {text.nextBudget}
          </a>
          <a class="button button-secondary" href={hrefTo('/plan')}>
            {text.nextPlan}
          </a>
        </div>
      </nav>
    </div>
  );
}
