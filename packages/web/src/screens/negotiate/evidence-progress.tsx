import { useMessages } from '../../i18n/messages';
import { showBytes } from './contact-history-model';
import { contactMessages } from './contact-messages';
import { doneCount, type UploadItem } from './evidence-uploads';

interface EvidenceProgressProps {
  items: UploadItem<File>[];
  busy: boolean;
  onRetry: () => void;
  onDismiss: () => void;
}

/** The files of one contact going up: a bar for the batch, a line per file with the server's answer. */
export function EvidenceProgress({ items, busy, onRetry, onDismiss }: EvidenceProgressProps) {
  const text = useMessages(contactMessages);
  const done = doneCount(items);
  const failed = items.some((item) => item.state.status === 'failed');
  return (
    <section class="uploads" aria-labelledby="uploads-title">
      <h3 id="uploads-title">{text.uploadTitle}</h3>
      <progress class="progress" max={items.length} value={done} aria-labelledby="uploads-count" />
      <p id="uploads-count" role="status">
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
      {failed && !busy && (
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
