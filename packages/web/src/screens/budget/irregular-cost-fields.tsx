import {
  EXPENSE_CATEGORIES,
  EXPENSE_LABELS,
  type ExpenseCategory,
  type Fen,
  formatMoney,
  MAX_IRREGULAR_COSTS,
  MAX_IRREGULAR_EVERY,
  monthlyEquivalent,
  parseMoney,
} from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import type { IrregularDraft } from './budget-draft';
import { budgetMessages } from './messages';
import { SelectField } from './select-field';
import { TextField } from './text-field';

interface IrregularCostFieldsProps {
  costs: IrregularDraft[];
  errorFor: (key: string) => string | undefined;
  onChange: (costs: IrregularDraft[], changedKey: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
}

/** What a row comes to each month, once its amount and months can be read (the core's own rule). */
function monthlyOf(cost: IrregularDraft): Fen | undefined {
  const amount = parseMoney(cost.amount);
  const every = Number(cost.every.normalize('NFKC').trim());
  const months = Number.isInteger(every) && every >= 1 && every <= MAX_IRREGULAR_EVERY;
  if (!amount.ok || amount.value < 0 || !months) return undefined;
  return monthlyEquivalent(amount.value, every);
}

/** Costs that come every few months (yearly fees, school fees, the festivals), one row each. */
export function IrregularCostFields({ costs, errorFor, onChange, onBlur, onAdd }: IrregularCostFieldsProps) {
  const text = useMessages(budgetMessages);
  const { locale } = useLocale();
  const update = (index: number, patch: Partial<IrregularDraft>, key: string) =>
    onChange(
      costs.map((cost, at) => (at === index ? { ...cost, ...patch } : cost)),
      key,
    );
  const categories: { value: ExpenseCategory | ''; label: string }[] = [
    { value: '', label: text.noCategory },
    ...EXPENSE_CATEGORIES.map((category) => ({ value: category, label: EXPENSE_LABELS[locale][category] })),
  ];
  return (
    <fieldset class="card">
      <legend>
        <h2>{text.irregularTitle}</h2>
      </legend>
      <p class="hint">{text.irregularHint}</p>
      {costs.map((cost, index) => {
        const row = index + 1;
        const at = `irregularCosts[${index}]`;
        const monthly = monthlyOf(cost);
        return (
          <div key={cost.key} class="budget-line">
            <TextField
              label={text.costName(row)}
              hint={text.costNameHint}
              error={errorFor(`${at}.name`)}
              value={cost.name}
              inputMode="text"
              onInput={(name) => update(index, { name }, `${at}.name`)}
              onBlur={() => onBlur(`${at}.name`)}
            />
            <TextField
              label={text.costAmount(row)}
              hint={text.moneyExampleHint}
              error={errorFor(`${at}.amount`)}
              value={cost.amount}
              inputMode="decimal"
              onInput={(amount) => update(index, { amount }, `${at}.amount`)}
              onBlur={() => onBlur(`${at}.amount`)}
            />
            <TextField
              label={text.costEvery(row)}
              hint={text.costEveryHint}
              error={errorFor(`${at}.every`)}
              value={cost.every}
              inputMode="numeric"
              onInput={(every) => update(index, { every }, `${at}.every`)}
              onBlur={() => onBlur(`${at}.every`)}
            />
            <SelectField
              label={text.costCategory(row)}
              value={cost.category}
              options={categories}
              onChange={(category) => update(index, { category }, `${at}.category`)}
            />
            {monthly !== undefined && (
              <p class="budget-line-result" data-figure="irregular-monthly">
                {text.costMonthly(formatMoney(monthly, locale))}
              </p>
            )}
            <button
              type="button"
              class="button button-quiet budget-remove"
              aria-label={text.removeCost(row, cost.name.trim())}
              onClick={() =>
                onChange(
                  costs.filter((_, position) => position !== index),
                  'irregularCosts',
                )
              }
            >
              {text.removeShort}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="button button-secondary"
        disabled={costs.length >= MAX_IRREGULAR_COSTS}
        onClick={onAdd}
      >
        {text.addCost}
      </button>
    </fieldset>
  );
}
