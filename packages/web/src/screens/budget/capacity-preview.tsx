import {
  type Affordability,
  affordabilityStatement,
  type Budget,
  DEFAULT_SAFETY_MARGIN_SHARE,
  expenseQuestions,
  type Fen,
  formatMoney,
} from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { budgetMessages } from './messages';

interface CapacityPreviewProps {
  capacity: Affordability;
  budget: Budget | undefined;
  /** Fields with an error, left out of the figures until fixed. */
  errorCount: number;
}

/**
 * The capacity as the plan and the letters will compute it, recomputed in the browser on every
 * keystroke with the core's own functions (assessAffordability, affordabilityStatement).
 */
export function CapacityPreview({ capacity, budget, errorCount }: CapacityPreviewProps) {
  const text = useMessages(budgetMessages);
  const { locale } = useLocale();
  const money = (amount: Fen) => formatMoney(amount, locale);
  const share = Math.round(DEFAULT_SAFETY_MARGIN_SHARE * 100);
  const nothingLeft = capacity.budgetGiven && capacity.monthly === 0;
  const questions = expenseQuestions(capacity, locale);
  return (
    <section aria-labelledby="budget-result" class="card budget-result">
      <h2 id="budget-result">{text.resultTitle}</h2>
      {!capacity.budgetGiven && <p class="muted">{text.nothingYet}</p>}
      <div class="budget-figures" aria-live="polite">
        <div>
          <p class="muted">{text.monthlyCapacity}</p>
          <p class="figure" data-figure="monthly-capacity">
            {money(capacity.monthly)}
          </p>
        </div>
        <div>
          <p class="muted">{text.lumpSumResult}</p>
          <p class="figure" data-figure="lump-sum">
            {money(capacity.lumpSum)}
          </p>
        </div>
      </div>
      <dl class="facts">
        <dt>{text.income}</dt>
        <dd>{money(capacity.monthlyIncome)}</dd>
        <dt>{text.expenses}</dt>
        <dd>{money(capacity.essentialExpenses)}</dd>
        {capacity.irregularCosts.length > 0 && (
          <>
            <dt>{text.irregularResult}</dt>
            <dd data-figure="irregular-total">{money(capacity.irregularMonthly)}</dd>
          </>
        )}
        {capacity.priorityDebts.length > 0 && (
          <>
            <dt>{text.priorityResult}</dt>
            <dd data-figure="priority-total">{money(capacity.priorityMonthly)}</dd>
          </>
        )}
        <dt>
          {text.margin}
          {capacity.safetyMarginIsDefault && text.marginDefault(share)}
        </dt>
        <dd>{money(capacity.safetyMargin)}</dd>
      </dl>
      {errorCount > 0 && <p class="notice notice-warn">{text.notCounted(errorCount)}</p>}
      {nothingLeft ? (
        <div class="notice">
          <h3>{text.zeroTitle}</h3>
          <p>{text.zeroBody(capacity.shortfall > 0 ? money(capacity.shortfall) : null)}</p>
          <a class="button" href={hrefTo('/rights')}>
            {text.zeroLink}
          </a>
        </div>
      ) : (
        capacity.budgetGiven && (
          <p>
            <a href={hrefTo('/plan')}>{text.nextPlan}</a>
          </p>
        )
      )}
      {questions.length > 0 && (
        <div class="notice notice-warn">
          <h3>{text.questionsTitle}</h3>
          <ul>
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{text.statementTitle}</h3>
      <p class="hint">{text.statementHint}</p>
      <blockquote class="budget-statement">
        {affordabilityStatement(capacity, budget?.expenses ?? null, locale).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </blockquote>
    </section>
  );
}
