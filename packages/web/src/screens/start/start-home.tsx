import { formatMoney, parseMoney } from '@shangan/core';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CaseActions } from './case-actions';
import { startMessages } from './messages';
import { isTriageComplete, TRIAGE_QUESTIONS } from './triage-questions';
import { loadTriage } from './triage-store';

/** #/start: the triage's invitation, the debts entered so far (if any), and the two ways in. */
export function StartHome() {
  const text = useMessages(startMessages);
  const current = useCurrentCase();
  const answered = isTriageComplete(loadTriage());
  const hasCase = current.status === 'ready';
  return (
    <div class="start">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <div class="actions">
        <a
          class={hasCase ? 'button button-secondary' : 'button'}
          href={hrefTo(`/start/${TRIAGE_QUESTIONS[0]?.id ?? ''}`)}
        >
          {text.begin}
        </a>
        {answered && (
          <a class="button button-quiet" href={hrefTo('/start/result')}>
            {text.lastResult}
          </a>
        )}
      </div>
      {hasCase && <ExistingCase />}
      <CaseActions quiet={hasCase} />
    </div>
  );
}

/** The current case's debts, with "继续录入". */
function ExistingCase() {
  const text = useMessages(startMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const debts = current.caseFile?.debts ?? [];
  return (
    <section class="card start-existing" aria-labelledby="start-existing">
      <h2 id="start-existing">{text.existingTitle(current.title ?? '')}</h2>
      {debts.length === 0 ? (
        <p>{text.noDebtsYet}</p>
      ) : (
        <ul class="start-debts">
          {debts.map((debt) => {
            const principal = parseMoney(debt.principal);
            return (
              <li key={debt.id}>
                <span>{debt.lender}</span>
                <span class="numbers">
                  {principal.ok ? formatMoney(principal.value, locale) : String(debt.principal)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <a class="button" href={hrefTo('/intake')}>
        {text.continueEntry}
      </a>
    </section>
  );
}
