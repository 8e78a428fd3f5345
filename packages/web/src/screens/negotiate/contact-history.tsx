import type { EvidenceSummary } from '@shangan/contract';
import { CHANNEL_LABELS, CONTACT_FLAG_LABELS } from '@shangan/core';
import { useId, useState } from 'preact/hooks';
import { api, hrefOf } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { type ContactEntry, shortHash, showBytes } from './contact-history-model';
import { contactMessages } from './contact-messages';
import { DeleteContact } from './delete-contact';
import { EvidenceProgress } from './evidence-progress';
import { doneCount, EVIDENCE_ACCEPT, isUploading, type UploadItem } from './evidence-uploads';
import { showLocalMinute } from './local-time';
import { useEvidenceUpload } from './use-evidence-upload';

interface ContactHistoryProps {
  entries: ContactEntry[];
  caseId: string;
  debtId: string;
  /** The history reloads: files were added to a contact. */
  onChanged: () => void;
}

/**
 * A debt's contacts as the server holds them, newest first, each with its evidence to download and
 * a way to add more to it (a recording found later, a screenshot of a follow-up message).
 */
export function ContactHistory({ entries, caseId, debtId, onChanged }: ContactHistoryProps) {
  const text = useMessages(contactMessages);
  return (
    <section class="contact-history" aria-labelledby="contact-history-title">
      <h2 id="contact-history-title">{text.historyTitle}</h2>
      {entries.length === 0 ? (
        <p class="muted">{text.historyEmpty}</p>
      ) : (
        <ol class="contact-list">
          {entries.map((entry) => (
            <ContactItem key={entry.id} entry={entry} caseId={caseId} debtId={debtId} onChanged={onChanged} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ContactItem({
  entry,
  caseId,
  debtId,
  onChanged,
}: { entry: ContactEntry } & Omit<ContactHistoryProps, 'entries'>) {
  const text = useMessages(contactMessages);
  const { locale } = useLocale();
  const id = useId();
  const { contact } = entry;
  const facts: [string, string | undefined][] = [
    [text.name, contact.counterpartName],
    [text.staff, contact.staffId],
    [text.phone, contact.number],
    [text.said, contact.theySaid],
    [text.promisedByThem, contact.theyPromised],
    [text.promised, contact.iPromised],
    [text.followUpOn, contact.followUp],
    [text.notesShown, contact.notes],
  ];
  return (
    <li class="card contact-entry">
      <h3 class="numbers" id={`${id}-title`}>
        {showLocalMinute(contact.at)} · {CHANNEL_LABELS[locale][contact.channel]} · {text[contact.direction]}
      </h3>
      <dl class="contact-facts">
        {facts.flatMap(([label, value], index) =>
          value === undefined
            ? []
            : [
                <dt key={`t${index}`}>{label}</dt>,
                <dd key={`d${index}`} class="pre-line">
                  {value}
                </dd>,
              ],
        )}
      </dl>
      {entry.flags.length > 0 && (
        <p>
          <span class="muted">{text.problems}：</span>
          {entry.flags.map((flag) => (
            <span key={flag} class="badge badge-danger flag">
              {CONTACT_FLAG_LABELS[locale][flag]}
            </span>
          ))}
        </p>
      )}
      {entry.evidence.length > 0 && (
        <div class="evidence">
          <h4>{text.evidence}</h4>
          <ul class="evidence-list">
            {entry.evidence.map((file) => (
              <li key={file.id}>
                <a href={evidenceHref(caseId, file)} download={file.fileName}>
                  {file.fileName}
                </a>{' '}
                <span class="muted numbers">
                  {showBytes(file.sizeBytes)} · {text.sha} <code>{shortHash(file.sha256)}</code>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AddEvidence contactId={entry.id} caseId={caseId} onChanged={onChanged} describedBy={`${id}-title`} />
      <DeleteContact
        caseId={caseId}
        debtId={debtId}
        contactId={entry.id}
        contact={contact}
        onChanged={onChanged}
      />
    </li>
  );
}

interface AddEvidenceProps {
  contactId: string;
  caseId: string;
  onChanged: () => void;
  /** The entry's heading, read after the label: which contact the files go to. */
  describedBy: string;
}

/** A file input that sends what is picked straight to this contact, with the form's progress and retry. */
function AddEvidence({ contactId, caseId, onChanged, describedBy }: AddEvidenceProps) {
  const text = useMessages(contactMessages);
  const id = useId();
  const upload = useEvidenceUpload(caseId, onChanged);
  const [added, setAdded] = useState('');
  const uploading = upload.batch !== undefined && isUploading(upload.batch.items);

  const report = (items: readonly UploadItem<File>[]) => {
    const done = doneCount(items);
    setAdded(done > 0 && done === items.length ? text.added(done) : '');
  };
  const choose = async (input: HTMLInputElement) => {
    const picked = [...(input.files ?? [])];
    // Emptied, so picking the same file again (after a failed upload) is still a change.
    input.value = '';
    if (picked.length === 0) return;
    setAdded('');
    report(await upload.start(contactId, picked));
  };

  return (
    <div class="field add-evidence no-print">
      <label for={id}>{text.addEvidence}</label>
      <p class="hint" id={`${id}-hint`}>
        {text.addEvidenceHint}
      </p>
      {/* Not `disabled` while a batch goes up: that would take the keyboard focus away. */}
      <input
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        aria-describedby={`${id}-hint ${describedBy}`}
        aria-disabled={uploading}
        onClick={(event) => uploading && event.preventDefault()}
        onChange={(event) => choose(event.currentTarget)}
      />
      <p role="status" class={added === '' ? 'status-empty' : 'notice notice-ok'}>
        {added}
      </p>
      {upload.batch !== undefined && (
        <EvidenceProgress
          items={upload.batch.items}
          headingLevel={4}
          onRetry={async () => report(await upload.retry())}
          onDismiss={upload.dismiss}
        />
      )}
    </div>
  );
}

function evidenceHref(caseId: string, file: EvidenceSummary): string {
  return hrefOf(
    api.cases[':caseId'].evidence[':evidenceId'].$url({ param: { caseId, evidenceId: file.id } }),
  );
}
