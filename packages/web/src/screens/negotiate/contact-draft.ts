import { type ApiIssue, type ContactInput, renderApiIssue } from '@shangan/contract';
import {
  CONTACT_TEXT_LIMITS,
  type Contact,
  type ContactChannel,
  type Lang,
  type MarkedContactFlag,
} from '@shangan/core';

/** The contact form as typed: every field a string (or a choice), nothing lost on a failed save. */
export interface ContactDraft {
  channel: ContactChannel;
  /** Local date and time to the minute, `YYYY-MM-DDTHH:mm` (a datetime-local input's value). */
  at: string;
  direction: 'incoming' | 'outgoing';
  /** Staff number and/or name, as one field: split by splitCounterpart. */
  counterpart: string;
  number: string;
  theySaid: string;
  theyPromised: string;
  iPromised: string;
  followUp: string;
  flags: MarkedContactFlag[];
  notes: string;
}

export type DraftField = keyof ContactDraft | 'form';

/** The one counterpart field holds a staff number and a name: room for both of the core's limits. */
export const COUNTERPART_MAX_LENGTH = CONTACT_TEXT_LIMITS.staffId + CONTACT_TEXT_LIMITS.counterpartName;

/** A fresh form: a call, at the moment given, in the direction given (collectors mostly call in). */
export function newDraft(at: string, direction: ContactDraft['direction'] = 'incoming'): ContactDraft {
  return {
    channel: 'phone',
    at,
    direction,
    counterpart: '',
    number: '',
    theySaid: '',
    theyPromised: '',
    iPromised: '',
    followUp: '',
    flags: [],
    notes: '',
  };
}

/**
 * "张经理 工号 A1024" → staff id A1024, name 张经理. A staff number is a run of Latin letters,
 * digits and hyphens containing a digit (工号 are such codes); the rest, without the word 工号 and
 * stray punctuation, is the name. Either may be missing.
 */
export function splitCounterpart(text: string): { staffId?: string; counterpartName?: string } {
  const code = /[A-Za-z0-9-]*\d[A-Za-z0-9-]*/.exec(text)?.[0];
  const rest = (code === undefined ? text : text.replace(code, ' '))
    .replace(/工号|staff\s*(id|no\.?|number)?/gi, ' ')
    .replace(/[\s,，:：;；、()（）]+/g, ' ')
    .trim();
  return {
    ...(code === undefined ? {} : { staffId: code }),
    ...(rest === '' ? {} : { counterpartName: rest }),
  };
}

/** The POST body of `/debts/:debtId/contacts` (the core's contactSchema): empty fields left out. */
export function toContactBody(draft: ContactDraft): ContactInput {
  const given = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const number = given(draft.number);
  const theySaid = given(draft.theySaid);
  const theyPromised = given(draft.theyPromised);
  const iPromised = given(draft.iPromised);
  const followUp = given(draft.followUp);
  const notes = given(draft.notes);
  return {
    at: draft.at,
    channel: draft.channel,
    direction: draft.direction,
    ...splitCounterpart(draft.counterpart),
    ...(number === undefined ? {} : { number }),
    ...(theySaid === undefined ? {} : { theySaid }),
    ...(theyPromised === undefined ? {} : { theyPromised }),
    ...(iPromised === undefined ? {} : { iPromised }),
    ...(followUp === undefined ? {} : { followUp }),
    flags: draft.flags,
    ...(notes === undefined ? {} : { notes }),
  };
}

/** Every field of the core's contact, by the form field that holds it (a new one must be placed). */
const FIELD_OF_KEY: Record<keyof Contact, DraftField> = {
  at: 'at',
  channel: 'channel',
  direction: 'direction',
  staffId: 'counterpart',
  counterpartName: 'counterpart',
  number: 'number',
  theySaid: 'theySaid',
  theyPromised: 'theyPromised',
  iPromised: 'iPromised',
  followUp: 'followUp',
  flags: 'flags',
  notes: 'notes',
  // Set only on a pasted message (its text's hash), never typed: a problem with it is the text's.
  sha256: 'theySaid',
};

/** Validation issues (the core's or the server's) by the form field they concern; the first wins. */
export function issuesByField(issues: readonly ApiIssue[], lang: Lang): Partial<Record<DraftField, string>> {
  const byField: Partial<Record<DraftField, string>> = {};
  for (const issue of issues) {
    const key = /^[A-Za-z]+/.exec(issue.path)?.[0] ?? '';
    const field = Object.hasOwn(FIELD_OF_KEY, key) ? FIELD_OF_KEY[key as keyof Contact] : 'form';
    const message = renderApiIssue(issue, lang);
    byField[field] ??= field === 'form' && issue.path !== '' ? `${issue.path}: ${message}` : message;
  }
  return byField;
}
