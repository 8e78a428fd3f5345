import { Field } from '../../ui/field';

interface SelectFieldProps<V extends string> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled choice among fixed values, with its hint and error, like TextField. */
export function SelectField<V extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => {
            const picked = options.find((option) => option.value === event.currentTarget.value);
            if (picked) onChange(picked.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
