import { type Fen, fen, formatMoney, formatYuan, yuan } from '@shangan/core';
import { useId } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { type SliderRange, snapToStep } from './slider-bounds';

interface AmountSliderProps {
  label: string;
  hint: string;
  /** The amount in use: the budget's exact figure, or the slider's position once moved. */
  value: Fen;
  range: SliderRange;
  /** data-figure of the `<output>` showing the amount. */
  figure: string;
  onInput: (value: Fen) => void;
}

/**
 * A money slider in whole steps, with its label, hint and the amount shown beside it. The budget's
 * own figure may fall between two steps: the thumb then sits at the nearest step while the output
 * (and what a screen reader hears) is the exact amount in use.
 */
export function AmountSlider({ label, hint, value, range, figure, onInput }: AmountSliderProps) {
  const { locale } = useLocale();
  const id = useId();
  const shown = formatMoney(value, locale);
  return (
    <div class="field plan-slider">
      <div class="plan-slider-head">
        <label for={id}>{label}</label>
        {/* Not live: the summary below announces the result once, not every value on the way. */}
        <output for={id} class="figure" aria-live="off" data-figure={figure}>
          {shown}
        </output>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        type="range"
        id={id}
        // In yuan, as people (and tests) think of it: steps are whole yuan, read back exactly.
        min={0}
        max={formatYuan(range.max)}
        step={formatYuan(range.step)}
        value={formatYuan(snapToStep(value, range))}
        aria-valuetext={shown}
        aria-describedby={`${id}-hint`}
        onInput={(event) => onInput(yuan(event.currentTarget.value))}
      />
      <div class="plan-slider-scale muted" aria-hidden="true">
        <span>{formatMoney(fen(0), locale)}</span>
        <span>{formatMoney(range.max, locale)}</span>
      </div>
    </div>
  );
}
