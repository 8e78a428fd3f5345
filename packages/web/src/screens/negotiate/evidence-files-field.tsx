import { Field } from '../../ui/field';
import { EVIDENCE_ACCEPT } from './evidence-uploads';

interface EvidenceFilesFieldProps {
  label: string;
  hint: string;
  /** Changes after a save, so the picker is emptied (a file input cannot be cleared by value). */
  resetKey: number;
  /** How many are chosen, in words, shown once there are some. */
  chosen?: ((count: number) => string) | undefined;
  count: number;
  onFiles: (files: File[]) => void;
}

/** The files kept as evidence with a form (a contact's recordings, a signed agreement, a receipt). */
export function EvidenceFilesField({
  label,
  hint,
  resetKey,
  chosen,
  count,
  onFiles,
}: EvidenceFilesFieldProps) {
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <>
          <input
            key={resetKey}
            id={id}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            aria-describedby={describedBy}
            onChange={(event) => onFiles([...(event.currentTarget.files ?? [])])}
          />
          {chosen !== undefined && count > 0 && <p class="muted">{chosen(count)}</p>}
        </>
      )}
    </Field>
  );
}
