import { MAX_PRIORITY_DEBTS, PRIORITY_DEBT_KIND_LABELS, PRIORITY_DEBT_KINDS } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import type { PriorityDraft } from './budget-draft';
import { budgetMessages } from './messages';
import { SelectField } from './select-field';
import { TextField } from './text-field';

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
  const update = (index: number, patch: Partial<PriorityDraft>, key: string) =>
    onChange(
      debts.map((debt, at) => (at === index ? { ...debt, ...patch } : debt)),
      key,
    );
  const kinds = PRIORITY_DEBT_KINDS.map((kind) => ({
    value: kind,
    label: PRIORITY_DEBT_KIND_LABELS[locale][kind],
  }));
  return (
    <fieldset class="card">
      <legend>
        <h2>{text.priorityTitle}</h2>
      </legend>
      <p class="hint">{text.priorityHint}</p>
      <p class="hint">{text.priorityNotHere}</p>
      {debts.map((debt, index) => {
        const row = index + 1;
        const at = `priorityDebts[${index}]`;
        return (
          <div key={debt.key} class="budget-line">
            <SelectField
              label={text.priorityKind(row)}
              value={debt.kind}
              options={kinds}
              onChange={(kind) => update(index, { kind }, `${at}.kind`)}
            />
            <TextField
              label={text.priorityName(row)}
              hint={text.priorityNameHint}
              error={errorFor(`${at}.name`)}
              value={debt.name}
              inputMode="text"
              onInput={(name) => update(index, { name }, `${at}.name`)}
              onBlur={() => onBlur(`${at}.name`)}
            />
            <TextField
              label={text.priorityMonthly(row)}
              hint={text.priorityMonthlyHint}
              error={errorFor(`${at}.monthly`)}
              value={debt.monthly}
              inputMode="decimal"
              onInput={(monthly) => update(index, { monthly }, `${at}.monthly`)}
              onBlur={() => onBlur(`${at}.monthly`)}
            />
            <TextField
              label={text.priorityArrears(row)}
              hint={text.moneyExampleHint}
              error={errorFor(`${at}.arrears`)}
              value={debt.arrears}
              inputMode="decimal"
              onInput={(arrears) => update(index, { arrears }, `${at}.arrears`)}
              onBlur={() => onBlur(`${at}.arrears`)}
            />
            <TextField
              label={text.priorityNote(row)}
              hint={text.priorityNoteHint}
              error={errorFor(`${at}.note`)}
              value={debt.note}
              inputMode="text"
              onInput={(note) => update(index, { note }, `${at}.note`)}
              onBlur={() => onBlur(`${at}.note`)}
            />
            <button
              type="button"
              class="button button-quiet budget-remove"
              aria-label={text.removePriority(row, debt.name.trim())}
              onClick={() =>
                onChange(
                  debts.filter((_, position) => position !== index),
                  'priorityDebts',
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
        disabled={debts.length >= MAX_PRIORITY_DEBTS}
        onClick={onAdd}
      >
        {text.addPriority}
      </button>
    </fieldset>
  );
}
