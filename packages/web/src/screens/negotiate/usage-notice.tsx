import { type CaseUsage, isNearLimit } from '@shangan/contract';
import { useMessages } from '../../i18n/messages';
import { showBytes } from './contact-history-model';
import { contactMessages } from './contact-messages';

/**
 * Tells the person, from 80 % of a limit on, how full the case is: before a contact or a file is
 * refused, not after. Deleting a contact is always possible and makes room.
 */
export function UsageNotice({ usage }: { usage: CaseUsage }) {
  const text = useMessages(contactMessages);
  const lines = [
    isNearLimit(usage.contacts) ? text.contactsNearLimit(usage.contacts.used, usage.contacts.limit) : '',
    isNearLimit(usage.evidenceBytes)
      ? text.evidenceNearLimit(showBytes(usage.evidenceBytes.used), showBytes(usage.evidenceBytes.limit))
      : '',
  ].filter((line) => line !== '');
  if (lines.length === 0) return null;
  return (
    <div class="notice notice-warn" role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
