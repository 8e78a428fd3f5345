import { z } from 'zod';
import { dateField, localMinuteField, textField } from './schema-primitives.js';
import { says } from './state-issue.js';

export const CONTACT_CHANNELS = [
  'phone',
  'sms',
  'app',
  'wechat',
  'email',
  'letter',
  'visit',
  'other',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * What the person marks about a contact. Night calls and too many calls a day are not marked by
 * hand: they are derived from the times (see triage/contact-flags.ts).
 */
export const MARKED_CONTACT_FLAGS = [
  'third_party',
  'threat',
  'impersonation',
  'private_account',
  'insult',
] as const;
export type MarkedContactFlag = (typeof MARKED_CONTACT_FLAGS)[number];

/** The longest text of each written field of a contact, in characters: forms use the same limits. */
export const CONTACT_TEXT_LIMITS = {
  number: 50,
  counterpartName: 100,
  staffId: 50,
  theySaid: 5000,
  theyPromised: 2000,
  iPromised: 2000,
  notes: 5000,
} as const;

const optionalText = (field: keyof typeof CONTACT_TEXT_LIMITS) =>
  textField(CONTACT_TEXT_LIMITS[field]).optional();

/**
 * One call, message or visit, logged by the person: who, when, what each side said and promised,
 * and the person's own notes.
 */
export const contactSchema = z.strictObject({
  /** Local date and time of the contact, to the minute: 2026-11-03T22:40. */
  at: localMinuteField(),
  channel: z.enum(CONTACT_CHANNELS),
  direction: z.enum(['incoming', 'outgoing']),
  number: optionalText('number'),
  counterpartName: optionalText('counterpartName'),
  staffId: optionalText('staffId'),
  theySaid: optionalText('theySaid'),
  theyPromised: optionalText('theyPromised'),
  iPromised: optionalText('iPromised'),
  followUp: dateField().optional(),
  flags: z.array(z.enum(MARKED_CONTACT_FLAGS)).max(MARKED_CONTACT_FLAGS.length).default([]),
  /** The person's own notes on the contact: kept in the log, used by no calculation or document. */
  notes: optionalText('notes'),
  /**
   * SHA-256 (UTF-8, lowercase hex) of `theySaid` when it is a message kept verbatim as evidence
   * (pasted SMS or app message): shows later that the text was not altered.
   */
  sha256: z
    .string(says({ code: 'wrong_type', params: { expected: 'text' } }))
    .regex(/^[0-9a-f]{64}$/, says({ code: 'invalid_sha256', params: {} }))
    .optional(),
});

export type Contact = z.output<typeof contactSchema>;
