import { CHANNEL_LABELS, CONTACT_FLAG_LABELS } from '@shangan/core';
import type { EvidenceSummary } from '@shangan/server';
import { useEffect, useState } from 'preact/hooks';
import { getText } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { type ContactEntry, shortHash, showBytes } from './contact-history-model';
import { contactMessages } from './contact-messages';
import { isNotesFile } from './evidence-uploads';
import { showLocalMinute } from './local-time';

/** A debt's contacts as the server holds them, newest first, each with its evidence to download. */
export function ContactHistory({ entries, caseBase }: { entries: ContactEntry[]; caseBase: string }) {
  const text = useMessages(contactMessages);
  return (
    <section class="contact-history" aria-labelledby="contact-history-title">
      <h2 id="contact-history-title">{text.historyTitle}</h2>
      {entries.length === 0 ? (
        <p class="muted">{text.historyEmpty}</p>
      ) : (
        <ol class="contact-list">
          {entries.map((entry) => (
            <ContactItem key={entry.id} entry={entry} caseBase={caseBase} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ContactItem({ entry, caseBase }: { entry: ContactEntry; caseBase: string }) {
  const text = useMessages(contactMessages);
  const { locale } = useLocale();
  const { contact } = entry;
  const facts: [string, string | undefined][] = [
    [text.name, contact.counterpartName],
    [text.staff, contact.staffId],
    [text.phone, contact.number],
    [text.said, contact.theySaid],
    [text.theyPromised, contact.theyPromised],
    [text.promised, contact.iPromised],
    [text.followUpOn, contact.followUp],
  ];
  const notes = entry.evidence.filter(isNotesFile);
  const files = entry.evidence.filter((file) => !isNotesFile(file));
  return (
    <li class="card contact-entry">
      <h3 class="numbers">
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
      {notes.map((file) => (
        <ContactNotes key={file.id} file={file} href={evidenceHref(caseBase, file)} />
      ))}
      {files.length > 0 && (
        <div class="evidence">
          <h4>{text.evidence}</h4>
          <ul class="evidence-list">
            {files.map((file) => (
              <li key={file.id}>
                <a href={evidenceHref(caseBase, file)} download={file.fileName}>
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
    </li>
  );
}

function evidenceHref(caseBase: string, file: EvidenceSummary): string {
  return `${caseBase}/evidence/${encodeURIComponent(file.id)}`;
}

/** The person's notes (stored as a small text file beside the evidence), read and shown as text. */
function ContactNotes({ file, href }: { file: EvidenceSummary; href: string }) {
  const text = useMessages(contactMessages);
  const [notes, setNotes] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    getText(href).then(
      (value) => current && setNotes(value),
      () => current && setNotes(undefined),
    );
    return () => {
      current = false;
    };
  }, [href]);
  return (
    <div class="contact-notes">
      <h4>{text.notesShown}</h4>
      {notes !== undefined && <p class="pre-line">{notes}</p>}
      <p class="muted">
        <a href={href} download={file.fileName}>
          {file.fileName}
        </a>
      </p>
    </div>
  );
}
