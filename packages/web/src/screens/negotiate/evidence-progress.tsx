import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { showBytes } from './contact-history-model';
import { contactMessages } from './contact-messages';
import { doneCount, isUploading, type UploadItem } from './evidence-uploads';

interface EvidenceProgressProps {
  items: UploadItem<File>[];
  /** 3 under the contact form's h2, 4 inside a history entry's h3. */
  headingLevel: 3 | 4;
  onRetry: () => void;
  onDismiss: () => void;
}

/** The files of one contact going up: a bar for the batch, a line per file with the server's answer. */
export function EvidenceProgress({ items, headingLevel, onRetry, onDismiss }: EvidenceProgressProps) {
  const text = useMessages(contactMessages);
  const id = useId();
  const done = doneCount(items);
  const failed = items.some((item) => item.state.status === 'failed');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section class="uploads" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{text.uploadTitle}</Heading>
      <progress class="progress" max={items.length} value={done} aria-labelledby={`${id}-count`} />
      <p id={`${id}-count`} role="status">
        {text.uploadProgress(done, items.length)}
      </p>
      <ul class="upload-list">
        {items.map((item, index) => (
          <li key={`${index}-${item.file.name}`} class={`upload upload-${item.state.status}`}>
            {item.state.status === 'uploading' && <span class="spinner" aria-hidden="true" />}
            <span class="upload-name">{item.file.name}</span>{' '}
            <span class="muted numbers">{showBytes(item.file.size)}</span>{' '}
            <span class="upload-status">
              {text.status[item.state.status]}
              {item.state.status === 'failed' && item.state.message}
            </span>
          </li>
        ))}
      </ul>
      {failed && !isUploading(items) && (
        <>
          <p class="notice notice-warn">{text.uploadNote}</p>
          <div class="actions">
            <button type="button" class="button button-secondary" onClick={onRetry}>
              {text.retry}
            </button>
            <button type="button" class="button button-quiet" onClick={onDismiss}>
              {text.dismiss}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
