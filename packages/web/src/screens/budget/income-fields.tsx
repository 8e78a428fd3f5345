import { MAX_INCOMES } from '@shangan/core';
import { useMessages } from '../../i18n/messages';
import type { IncomeDraft } from './budget-draft';
import { budgetMessages } from './messages';
import { TextField } from './text-field';

interface IncomeFieldsProps {
  incomes: IncomeDraft[];
  errorFor: (key: string) => string | undefined;
  onChange: (incomes: IncomeDraft[], changedKey: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
}

/** One row per regular income: what it is and how much arrives each month. */
export function IncomeFields({ incomes, errorFor, onChange, onBlur, onAdd }: IncomeFieldsProps) {
  const text = useMessages(budgetMessages);
  const update = (index: number, patch: Partial<IncomeDraft>, key: string) =>
    onChange(
      incomes.map((income, at) => (at === index ? { ...income, ...patch } : income)),
      key,
    );
  return (
    <fieldset class="card">
      <legend>
        <h2>{text.incomesTitle}</h2>
      </legend>
      <p class="hint">{text.incomesHint}</p>
      {incomes.map((income, index) => {
        const row = index + 1;
        const nameKey = `incomes[${index}].name`;
        const monthlyKey = `incomes[${index}].monthly`;
        return (
          <div key={income.key} class="budget-income">
            <TextField
              label={text.incomeName(row)}
              hint={text.incomeNameHint}
              error={errorFor(nameKey)}
              value={income.name}
              inputMode="text"
              onInput={(name) => update(index, { name }, nameKey)}
              onBlur={() => onBlur(nameKey)}
            />
            <TextField
              label={text.incomeMonthly(row)}
              hint={text.moneyExampleHint}
              error={errorFor(monthlyKey)}
              value={income.monthly}
              inputMode="decimal"
              onInput={(monthly) => update(index, { monthly }, monthlyKey)}
              onBlur={() => onBlur(monthlyKey)}
            />
            <button
              type="button"
              class="button button-quiet budget-remove"
              aria-label={text.removeIncome(row, income.name.trim())}
              onClick={() =>
                onChange(
                  incomes.filter((_, at) => at !== index),
                  'incomes',
                )
              }
            >
              {text.removeIncomeShort}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="button button-secondary"
        disabled={incomes.length >= MAX_INCOMES}
        onClick={onAdd}
      >
        {text.addIncome}
      </button>
    </fieldset>
  );
}
