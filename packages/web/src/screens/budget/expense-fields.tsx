import { EXPENSE_CATEGORIES, EXPENSE_LABELS, type ExpenseCategory } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { budgetMessages } from './messages';
import { TextField } from './text-field';

interface ExpenseFieldsProps {
  expenses: Record<ExpenseCategory, string>;
  errorFor: (key: string) => string | undefined;
  onChange: (category: ExpenseCategory, value: string) => void;
  onBlur: (key: string) => void;
}

/** The standard budget's essential expenses, in the order the affordability statement lists them. */
export function ExpenseFields({ expenses, errorFor, onChange, onBlur }: ExpenseFieldsProps) {
  const text = useMessages(budgetMessages);
  const { locale } = useLocale();
  return (
    <fieldset class="card">
      <legend>
        <h2>{text.expensesTitle}</h2>
      </legend>
      <p class="hint">{text.expensesHint}</p>
      <div class="budget-rows">
        {EXPENSE_CATEGORIES.map((category) => (
          <TextField
            key={category}
            label={text.perMonth(EXPENSE_LABELS[locale][category])}
            hint={text.expenseHints[category]}
            error={errorFor(`expenses.${category}`)}
            value={expenses[category]}
            inputMode="decimal"
            onInput={(value) => onChange(category, value)}
            onBlur={() => onBlur(`expenses.${category}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
