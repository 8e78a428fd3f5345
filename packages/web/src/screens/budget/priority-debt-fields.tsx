import { MAX_PRIORITY_DEBTS, PRIORITY_DEBT_KIND_LABELS, PRIORITY_DEBT_KINDS } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import type { PriorityDraft } from './budget-draft';
import { BudgetLineList } from './budget-line-list';
import { budgetMessages } from './messages';

interface PriorityDebtFieldsProps {
  debts: PriorityDraft[];
  errorFor: (key: string) => string | undefined;
  onChange: (debts: PriorityDraft[], changedKey: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
}

/**
 * Rent or mortgage arrears, a car loan, a court judgment, tax, social insurance: paid first and in
 * full each month, before the online loans and cards share what is left.
 */
export function PriorityDebtFields({ debts, errorFor, onChange, onBlur, onAdd }: PriorityDebtFieldsProps) {
  const text = useMessages(budgetMessages);
  const { locale } = useLocale();
  const kinds = PRIORITY_DEBT_KINDS.map((kind) => ({
    value: kind,
    label: PRIORITY_DEBT_KIND_LABELS[locale][kind],
  }));
  return (
    <BudgetLineList
      title={text.priorityTitle}
      hints={[text.priorityHint, text.priorityNotHere]}
      lines={debts}
      path="priorityDebts"
      max={MAX_PRIORITY_DEBTS}
      addLabel={text.addPriority}
      removeLabel={(row, debt) => text.removePriority(row, debt.name.trim())}
      errorFor={errorFor}
      onChange={onChange}
      onBlur={onBlur}
      onAdd={onAdd}
    >
      {({ row, text: textField, select }) => (
        <>
          {select('kind', { label: text.priorityKind(row), options: kinds })}
          {textField('name', {
            label: text.priorityName(row),
            hint: text.priorityNameHint,
            inputMode: 'text',
          })}
          {textField('monthly', {
            label: text.priorityMonthly(row),
            hint: text.priorityMonthlyHint,
            inputMode: 'decimal',
          })}
          {textField('arrears', {
            label: text.priorityArrears(row),
            hint: text.moneyExampleHint,
            inputMode: 'decimal',
          })}
          {textField('note', {
            label: text.priorityNote(row),
            hint: text.priorityNoteHint,
            inputMode: 'text',
          })}
        </>
      )}
    </BudgetLineList>
  );
}
