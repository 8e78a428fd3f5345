import type { Contact, MarkedContactFlag } from '../case/contact-schema.js';

export type ContactFlag = MarkedContactFlag | 'night' | 'too_many_that_day';

/**
 * The Chinese Banking Association's 2026 collection guideline (industry self-regulation, reported,
 * cba-collection-guideline-2026): no collection between 22:00 and 08:00 without consent, and no more
 * than 6 call attempts a day to the same number.
 */
const QUIET_FROM = '22:00';
const QUIET_UNTIL = '08:00';
const MAX_CALLS_A_DAY = 6;

/** Every flag of every contact: the marked ones plus those derived from the times of incoming contacts. */
export function flagContacts(contacts: readonly Contact[]): ContactFlag[][] {
  const incomingCallsByDay = new Map<string, number>();
  for (const contact of contacts) {
    if (isIncomingCall(contact)) {
      const day = contact.at.slice(0, 10);
      incomingCallsByDay.set(day, (incomingCallsByDay.get(day) ?? 0) + 1);
    }
  }
  return contacts.map((contact) => {
    const flags: ContactFlag[] = [...contact.flags];
    if (contact.direction === 'incoming') {
      const time = contact.at.slice(11, 16);
      if (time >= QUIET_FROM || time < QUIET_UNTIL) flags.push('night');
      if (
        isIncomingCall(contact) &&
        (incomingCallsByDay.get(contact.at.slice(0, 10)) ?? 0) > MAX_CALLS_A_DAY
      ) {
        flags.push('too_many_that_day');
      }
    }
    return flags;
  });
}

function isIncomingCall(contact: Contact): boolean {
  return contact.direction === 'incoming' && contact.channel === 'phone';
}
