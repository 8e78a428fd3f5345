import { type Contact, MARKED_CONTACT_FLAGS, type MarkedContactFlag } from '../case/contact-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { DebtLink } from './link-debt.js';
import type { ExtractedMessage, MessageFlag } from './message-types.js';
import { sha256Hex } from './sha256.js';

/** One message as a contact-log entry, ready to be added to a debt once the person confirms it. */
export interface ContactDraft {
  messageIndex: number;
  link: DebtLink;
  /**
   * In the shape of case/contact-schema.ts; theySaid is the message exactly as pasted, sha256 its
   * SHA-256 (UTF-8), which shows later that the evidence was not altered.
   */
  contact: Contact & { sha256: string };
  /** What the message did not say and was filled in: the day (today) or the time (12:00). */
  assumed: ('date' | 'time')[];
}

/** When a message gives no time, noon: a stand-in that raises no night flag. The person corrects it. */
export const ASSUMED_TIME = '12:00';

/**
 * The contact-log entry for one message: incoming, on its channel, at its time, with the callback
 * number, the staff id, the sender's signature as the counterpart and the original text verbatim.
 * Flags that the log marks by hand are set where the message shows them with at least medium
 * confidence; night and frequency are derived from the times by the log itself.
 */
export function toContactDraft(message: ExtractedMessage, link: DebtLink, today: CalendarDate): ContactDraft {
  const assumed: ('date' | 'time')[] = [];
  const date = message.receivedAt?.date ?? null;
  const time = message.receivedAt?.time ?? null;
  if (date === null) assumed.push('date');
  if (time === null) assumed.push('time');
  const contact: ContactDraft['contact'] = {
    at: `${date ?? today}T${time ?? ASSUMED_TIME}`,
    channel: message.channel.value,
    direction: 'incoming',
    ...(message.callbackNumber ? { number: message.callbackNumber.value } : {}),
    ...(message.signature ? { counterpartName: message.signature.value } : {}),
    ...(message.staffId ? { staffId: message.staffId.value } : {}),
    theySaid: message.text,
    flags: markedFlags(message.flags),
    sha256: sha256Hex(message.text),
  };
  return { messageIndex: message.index, link, contact, assumed };
}

/** The message flags the contact log knows, in the log's own order. */
export function markedFlags(flags: readonly MessageFlag[]): MarkedContactFlag[] {
  const marked = new Set<MarkedContactFlag>();
  for (const flag of flags) {
    if (flag.confidence === 'low') continue;
    if (flag.code === 'third_party_contact' || flag.code === 'contact_list_exposure')
      marked.add('third_party');
    if (flag.code === 'impersonation_authority') marked.add('impersonation');
    if (flag.code === 'personal_account') marked.add('private_account');
    if (flag.code === 'insult_or_threat') {
      if (flag.insult) marked.add('insult');
      if (flag.threat) marked.add('threat');
    }
  }
  return MARKED_CONTACT_FLAGS.filter((flag) => marked.has(flag));
}
