import { useState } from 'preact/hooks';
import { type PassphraseIssue, passphraseStrength } from '../../backup/passphrase-rules';
import { useMessages } from '../../i18n/messages';
import { Field } from '../../ui/field';
import { backupMessages } from './messages';

/** A new passphrase typed twice, with its strength hint; the parent checks and keeps the values. */
export function PassphraseFields({
  passphrase,
  repeat,
  issue,
  onPassphrase,
  onRepeat,
}: {
  passphrase: string;
  repeat: string;
  issue: PassphraseIssue | undefined;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
}) {
  const text = useMessages(backupMessages);
  const [shown, setShown] = useState(false);
  const error = (field: PassphraseIssue['field']) =>
    issue?.field === field ? text.passphraseProblem[issue.problem] : undefined;
  const type = shown ? 'text' : 'password';
  return (
    <>
      <Field label={text.passphrase} hint={text.passphraseHint} error={error('passphrase')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type={type}
            autoComplete="new-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={passphrase}
            onInput={(event) => onPassphrase(event.currentTarget.value)}
          />
        )}
      </Field>
      {/* Announced as it changes; always present, so a screen reader hears the first grade too. */}
      <p class="hint strength" aria-live="polite">
        {passphrase === '' ? '' : `${text.strength[passphraseStrength(passphrase)]} ${text.strengthNote}`}
      </p>
      <Field label={text.repeat} error={error('repeat')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type={type}
            autoComplete="new-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={repeat}
            onInput={(event) => onRepeat(event.currentTarget.value)}
          />
        )}
      </Field>
      <label class="choice">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.currentTarget.checked)} />
        <span>{text.showPassphrase}</span>
      </label>
    </>
  );
}
