import type { Contact, ContactChannel, MarkedContactFlag } from '../case/contact-schema.js';
import { type ComplaintRoute, complaintRoute } from '../documents/complaint-route.js';
import type { LenderType } from '../law/lender-type.js';
import { countAttemptsPerDay, isNightTime, MAX_ATTEMPTS_A_DAY } from './contact-times.js';
import type { MessageFlagCode } from './message-types.js';

/** One logged contact as the summary counts it. */
export interface HarassmentEntry {
  /** Local date and time 'YYYY-MM-DDTHH:mm'. */
  at: string;
  channel: ContactChannel;
  flags: readonly MessageFlagCode[];
  /** A threat to the person's safety (not only an insult), or an authority impersonated: 110. */
  threat?: boolean;
}

/** One day of collection contacts, for the complaint letter's table. */
export interface HarassmentDay {
  date: string;
  attempts: number;
  /** Contacts between 22:00 and 08:00. */
  night: number;
  /** More than 6 contacts that day. */
  tooFrequent: boolean;
  /** How many of the day's contacts carry each flag (flags that occur only). */
  flags: Partial<Record<MessageFlagCode, number>>;
}

export type PoliceReason = 'threat' | 'impersonation' | 'unlicensed';

export interface HarassmentSummary {
  days: HarassmentDay[];
  totals: { attempts: number; days: number; flaggedContacts: number };
  /** Where the complaint goes, by lender type (documents/complaint-route.ts). */
  route: ComplaintRoute;
  /** Also report to the police (110): threats (not insults alone), impersonation, or an unlicensed lender. */
  police: boolean;
  policeReasons: PoliceReason[];
}

/** What the contact log's hand-marked flags mean in the terms of messages. */
const FROM_MARKED: Record<MarkedContactFlag, MessageFlagCode> = {
  third_party: 'third_party_contact',
  threat: 'insult_or_threat',
  impersonation: 'impersonation_authority',
  private_account: 'personal_account',
  insult: 'insult_or_threat',
};

/** Contact-log entries (incoming only: the person's own calls are no harassment) as summary entries. */
export function entriesFromContacts(contacts: readonly Contact[]): HarassmentEntry[] {
  return contacts
    .filter((contact) => contact.direction === 'incoming')
    .map((contact) => ({
      at: contact.at,
      channel: contact.channel,
      flags: [...new Set(contact.flags.map((flag) => FROM_MARKED[flag]))],
      threat: contact.flags.includes('threat'),
    }));
}

/**
 * The daily harassment summary a complaint letter can quote: per day the attempts, the night
 * contacts, whether the day exceeded 6 contacts, and the flags; and where to complain — the
 * regulator by lender type (12378 for banks and consumer-finance companies, the local 地方金融管理局
 * for microloan firms) plus the police (110) for threats, impersonation or an unlicensed lender.
 */
export function summarizeHarassment(
  entries: readonly HarassmentEntry[],
  lenderType: LenderType,
): HarassmentSummary {
  const perDay = countAttemptsPerDay(entries.map((entry) => entry.at));
  const days = new Map<string, HarassmentDay>();
  for (const entry of [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    const date = entry.at.slice(0, 10);
    const attempts = perDay.get(date) ?? 0;
    const day = days.get(date) ?? {
      date,
      attempts,
      night: 0,
      tooFrequent: attempts > MAX_ATTEMPTS_A_DAY,
      flags: {},
    };
    const time = entry.at.slice(11, 16);
    const flags = new Set(entry.flags);
    if (time !== '' && isNightTime(time)) {
      day.night++;
      flags.add('night_contact');
    }
    if (day.tooFrequent) flags.add('too_frequent');
    for (const flag of flags) day.flags[flag] = (day.flags[flag] ?? 0) + 1;
    days.set(date, day);
  }
  const all = entries.flatMap((entry) => entry.flags);
  const policeReasons: PoliceReason[] = [];
  if (entries.some((entry) => entry.threat === true)) policeReasons.push('threat');
  if (all.includes('impersonation_authority')) policeReasons.push('impersonation');
  if (lenderType === 'unlicensed') policeReasons.push('unlicensed');
  const list = [...days.values()];
  return {
    days: list,
    totals: {
      attempts: entries.length,
      days: list.length,
      flaggedContacts: entries.filter((entry) => {
        const time = entry.at.slice(11, 16);
        const busy = (perDay.get(entry.at.slice(0, 10)) ?? 0) > MAX_ATTEMPTS_A_DAY;
        return entry.flags.length > 0 || busy || (time !== '' && isNightTime(time));
      }).length,
    },
    route: complaintRoute(lenderType),
    police: policeReasons.length > 0,
    policeReasons,
  };
}
