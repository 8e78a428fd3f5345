import type { ComponentChildren, JSX } from 'preact';
import { useMessages } from '../../i18n/messages';
import { budgetMessages } from './messages';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/** A row's fields of text, each bound to its value, its error and its key (`list[index].field`). */
type TextFieldsOf<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** The fields of one row, already wired to the list: only what differs between fields is given. */
export interface LineFields<T> {
  line: T;
  /** 1-based, as the labels say it ("第 2 笔"). */
  row: number;
  text(
    field: TextFieldsOf<T>,
    props: { label: string; hint?: string; inputMode: 'decimal' | 'numeric' | 'text' },
  ): JSX.Element;
  select<V extends string>(
    field: TextFieldsOf<T>,
    props: { label: string; options: readonly { value: V; label: string }[] },
  ): JSX.Element;
}

interface BudgetLineListProps<T extends { key: string }> {
  title: string;
  hints: readonly string[];
  lines: T[];
  /** The list's key in the budget ("irregularCosts"): its rows' errors are `irregularCosts[0].amount`. */
  path: string;
  max: number;
  addLabel: string;
  removeLabel: (row: number, line: T) => string;
  errorFor: (key: string) => string | undefined;
  onChange: (lines: T[], changedKey: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
  children: (fields: LineFields<T>) => ComponentChildren;
}

/**
 * A budget list of rows the person adds and removes (irregular costs, priority debts): the card,
 * its hints, each row's fields as `children` gives them, "删除" per row, and "添加" up to `max`.
 */
export function BudgetLineList<T extends { key: string }>(props: BudgetLineListProps<T>) {
  const text = useMessages(budgetMessages);
  const { lines, path, errorFor, onChange, onBlur } = props;
  const update = (index: number, field: string, value: string) =>
    onChange(
      lines.map((line, at) => (at === index ? { ...line, [field]: value } : line)),
      `${path}[${index}].${field}`,
    );
  return (
    <fieldset class="card">
      <legend>
        <h2>{props.title}</h2>
      </legend>
      {props.hints.map((hint) => (
        <p key={hint} class="hint">
          {hint}
        </p>
      ))}
      {lines.map((line, index) => {
        const key = (field: string) => `${path}[${index}].${field}`;
        const fields: LineFields<T> = {
          line,
          row: index + 1,
          text: (field, { label, hint, inputMode }) => (
            <TextField
              label={label}
              hint={hint}
              error={errorFor(key(field))}
              value={line[field] as string}
              inputMode={inputMode}
              onInput={(value) => update(index, field, value)}
              onBlur={() => onBlur(key(field))}
            />
          ),
          select: (field, { label, options }) => (
            <SelectField
              label={label}
              value={line[field] as string}
              options={options}
              onChange={(value) => update(index, field, value)}
            />
          ),
        };
        return (
          <div key={line.key} class="budget-line">
            {props.children(fields)}
            <button
              type="button"
              class="button button-quiet budget-remove"
              aria-label={props.removeLabel(index + 1, line)}
              onClick={() =>
                onChange(
                  lines.filter((_, position) => position !== index),
                  path,
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
        disabled={lines.length >= props.max}
        onClick={props.onAdd}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
