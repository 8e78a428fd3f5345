import { formatMoney } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { AmountSlider } from './amount-slider';
import { planMessages } from './messages';
import type { SliderRange } from './slider-bounds';
import type { TriedAmounts } from './use-what-if';

interface CapacitySlidersProps {
  /** The budget's own figures (the server's plan). */
  budget: TriedAmounts;
  ranges: { monthly: SliderRange; lumpSum: SliderRange };
  /** The amounts being tried, or null on the budget's figures. */
  amounts: TriedAmounts | null;
  onChange: (amounts: TriedAmounts | null) => void;
  /** One sentence on the result for the strategy whose offers are shown; announced when it changes. */
  summary: string;
}

/** The what-if: two sliders, a way back to the budget, and the result in words. */
export function CapacitySliders({ budget, ranges, amounts, onChange, summary }: CapacitySlidersProps) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const used = amounts ?? budget;
  return (
    <section class="card" aria-labelledby="plan-what-if">
      <h2 id="plan-what-if">{text.whatIfHeading}</h2>
      <p class="muted">{text.whatIfIntro}</p>
      <p>{text.budgetFigures(formatMoney(budget.monthly, locale), formatMoney(budget.lumpSum, locale))}</p>
      <div class="plan-sliders">
        <AmountSlider
          label={text.monthlyLabel}
          hint={text.monthlyHint}
          value={used.monthly}
          range={ranges.monthly}
          figure="what-if-monthly"
          onInput={(monthly) => onChange({ ...used, monthly })}
        />
        <AmountSlider
          label={text.lumpSumLabel}
          hint={text.lumpSumHint}
          value={used.lumpSum}
          range={ranges.lumpSum}
          figure="what-if-lump-sum"
          onInput={(lumpSum) => onChange({ ...used, lumpSum })}
        />
      </div>
      <p class="plan-summary" role="status" aria-live="polite" data-figure="what-if-summary">
        {summary}
      </p>
      {amounts !== null && (
        <p class="notice notice-warn">
          {text.trying} <a href={hrefTo('/budget')}>{text.editBudget}</a>
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button-secondary"
          disabled={amounts === null}
          onClick={() => onChange(null)}
        >
          {text.reset}
        </button>
      </div>
    </section>
  );
}
