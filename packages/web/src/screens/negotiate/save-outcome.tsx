import { ErrorNotice } from '../../ui/async-state';
import { EvidenceProgress } from './evidence-progress';
import type { EvidenceUpload } from './use-evidence-upload';

interface SaveOutcomeProps {
  /** What the form's fields do not already show next to themselves. */
  error: Error | undefined;
  /** "已保存 …", or empty: the status line stays in place so a screen reader hears the change. */
  saved: string;
  upload: EvidenceUpload;
  headingLevel: 3 | 4;
}

/** Under a form that saves with evidence: its error, what was saved, and the files going up. */
export function SaveOutcome({ error, saved, upload, headingLevel }: SaveOutcomeProps) {
  return (
    <>
      {error !== undefined && <ErrorNotice error={error} />}
      <p role="status" class={saved === '' ? 'status-empty' : 'notice notice-ok'}>
        {saved}
      </p>
      {upload.batch !== undefined && (
        <EvidenceProgress
          items={upload.batch.items}
          headingLevel={headingLevel}
          onRetry={upload.retry}
          onDismiss={upload.dismiss}
        />
      )}
    </>
  );
}
