import { Field } from '../../ui/field';

interface TextFieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  /** decimal: money (the phone shows digits and a point); numeric: a count. */
  inputMode: 'decimal' | 'numeric' | 'text';
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/**
 * A labelled text input. Money is typed as text, never as type="number": the browser would drop
 * "1.2万", thousands separators and full-width digits that the core's parser accepts.
 */
export function TextField({ label, hint, error, value, inputMode, onInput, onBlur }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          class={inputMode === 'text' ? undefined : 'budget-amount'}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
