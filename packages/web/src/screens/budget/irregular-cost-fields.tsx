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
import { BudgetLineList } from './budget-line-list';
import { budgetMessages } from './messages';

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
  const categories: { value: ExpenseCategory | ''; label: string }[] = [
    { value: '', label: text.noCategory },
    ...EXPENSE_CATEGORIES.map((category) => ({ value: category, label: EXPENSE_LABELS[locale][category] })),
  ];
  return (
    <BudgetLineList
      title={text.irregularTitle}
      hints={[text.irregularHint]}
      lines={costs}
      path="irregularCosts"
      max={MAX_IRREGULAR_COSTS}
      addLabel={text.addCost}
      removeLabel={(row, cost) => text.removeCost(row, cost.name.trim())}
      errorFor={errorFor}
      onChange={onChange}
      onBlur={onBlur}
      onAdd={onAdd}
    >
      {({ line: cost, row, text: textField, select }) => {
        const monthly = monthlyOf(cost);
        return (
          <>
            {textField('name', { label: text.costName(row), hint: text.costNameHint, inputMode: 'text' })}
            {textField('amount', {
              label: text.costAmount(row),
              hint: text.moneyExampleHint,
              inputMode: 'decimal',
            })}
            {textField('every', {
              label: text.costEvery(row),
              hint: text.costEveryHint,
              inputMode: 'numeric',
            })}
            {select('category', { label: text.costCategory(row), options: categories })}
            {monthly !== undefined && (
              <p class="budget-line-result" data-figure="irregular-monthly">
                {text.costMonthly(formatMoney(monthly, locale))}
              </p>
            )}
          </>
        );
      }}
    </BudgetLineList>
  );
}
