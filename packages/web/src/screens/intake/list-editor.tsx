import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { intakeMessages } from './messages';

type Row = Record<string, string>;

export interface Column<R extends Row> {
  key: keyof R & string;
  label: string;
  kind: 'text' | 'money' | 'date' | 'integer' | 'select';
  /** A select's choices, after a first empty "请选择". */
  options?: readonly { value: string; label: string }[];
  /** A select's kept value the choices do not list (a fee charged once, on a date). */
  otherLabel?: (value: string) => string;
}

/**
 * The rows of a list answer (fees, payments, limitation events, offers), each a fieldset named
 * "第 2 笔还款" whose inputs are labelled by their column. An empty list shows one empty row to type
 * into; an empty row is no row.
 */
export function ListEditor<R extends Row>({
  rows,
  columns,
  blank,
  itemName,
  addLabel,
  removeLabel,
  labelledBy,
  describedBy,
  onChange,
}: {
  rows: R[];
  columns: Column<R>[];
  blank: R;
  itemName: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  labelledBy: string;
  describedBy: string | undefined;
  onChange: (rows: R[]) => void;
}) {
  const text = useMessages(intakeMessages);
  const id = useId();
  const shown = rows.length === 0 ? [blank] : rows;
  const change = (index: number, key: keyof R & string, value: string) =>
    onChange(shown.map((row, position) => (position === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset class="intake-list" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {/* Rows have no identity of their own: the position is what the person sees ("第 2 笔"). */}
      {shown.map((row, index) => (
        <fieldset class="intake-row" key={index}>
          <legend>{itemName(index + 1)}</legend>
          <div class="intake-row-fields">
            {columns.map((column) => {
              const inputId = `${id}-${index}-${column.key}`;
              const value = row[column.key] as string;
              return (
                <div class="field" key={column.key}>
                  <label for={inputId}>{column.label}</label>
                  {column.kind === 'select' ? (
                    <select
                      id={inputId}
                      value={value}
                      onChange={(event) => change(index, column.key, event.currentTarget.value)}
                    >
                      <option value="">{text.chooseWhen}</option>
                      {column.options?.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                      {value !== '' &&
                        column.otherLabel !== undefined &&
                        !column.options?.some((option) => option.value === value) && (
                          <option value={value}>{column.otherLabel(value)}</option>
                        )}
                    </select>
                  ) : (
                    <input
                      id={inputId}
                      type={column.kind === 'date' ? 'date' : 'text'}
                      inputMode={
                        column.kind === 'money'
                          ? 'decimal'
                          : column.kind === 'integer'
                            ? 'numeric'
                            : undefined
                      }
                      autoComplete="off"
                      value={value}
                      onInput={(event) => change(index, column.key, event.currentTarget.value)}
                    />
                  )}
                </div>
              );
            })}
          </div>
          {rows.length > 0 && (
            <button
              type="button"
              class="button button-quiet"
              onClick={() => onChange(rows.filter((_, position) => position !== index))}
            >
              {removeLabel(index + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="button button-secondary" onClick={() => onChange([...shown, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
