import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_CHANNELS,
  type Contact,
  contactSchema,
  MARKED_CONTACT_FLAGS,
} from '../case/contact-schema.js';
import { flagContacts } from './contact-flags.js';

type ContactInput = Parameters<typeof contactSchema.parse>[0];

/** Parsed through the schema, so flags default to [] as in a real case file. */
const contact = (at: string, extra: Partial<ContactInput> = {}): Contact =>
  contactSchema.parse({ at, channel: 'phone', direction: 'incoming', ...extra });

const callsAt = (day: string, count: number, extra: Partial<ContactInput> = {}) =>
  Array.from({ length: count }, (_, i) => contact(`${day}T${String(9 + i).padStart(2, '0')}:00`, extra));

describe('flagContacts: night', () => {
  it('flags incoming contacts from 22:00 to 07:59, not from 08:00 to 21:59', () => {
    // One call a day, so that the daily call limit plays no part.
    const times = [
      '2026-11-01T22:00',
      '2026-11-02T07:59',
      '2026-11-03T08:00',
      '2026-11-04T21:59',
      '2026-11-05T00:00',
      '2026-11-06T23:59',
      '2026-11-07T12:00',
    ];
    expect(flagContacts(times.map((at) => contact(at)))).toEqual([
      ['night'],
      ['night'],
      [],
      [],
      ['night'],
      ['night'],
      [],
    ]);
  });

  it('flags incoming messages and visits at night too, not only calls', () => {
    expect(
      flagContacts([
        contact('2026-11-03T23:10', { channel: 'sms' }),
        contact('2026-11-03T06:30', { channel: 'wechat' }),
        contact('2026-11-03T22:30', { channel: 'visit' }),
      ]),
    ).toEqual([['night'], ['night'], ['night']]);
  });

  it('never flags the person’s own outgoing contacts by time', () => {
    expect(
      flagContacts([
        contact('2026-11-03T23:00', { direction: 'outgoing' }),
        contact('2026-11-03T03:00', { direction: 'outgoing', channel: 'sms' }),
      ]),
    ).toEqual([[], []]);
  });
});

describe('flagContacts: too many calls in a day', () => {
  it('7 incoming calls in one day: all 7 flagged too_many_that_day', () => {
    expect(flagContacts(callsAt('2026-11-03', 7))).toEqual(
      Array.from({ length: 7 }, () => ['too_many_that_day']),
    );
  });

  it('6 incoming calls in one day: none flagged', () => {
    expect(flagContacts(callsAt('2026-11-03', 6))).toEqual(Array.from({ length: 6 }, () => []));
  });

  it('counts each calendar day separately, in any order in the log', () => {
    const log = [...callsAt('2026-11-03', 4), ...callsAt('2026-11-04', 7), ...callsAt('2026-11-03', 2)];
    const flags = flagContacts(log);
    expect(flags.slice(0, 4)).toEqual(Array.from({ length: 4 }, () => []));
    expect(flags.slice(4, 11)).toEqual(Array.from({ length: 7 }, () => ['too_many_that_day']));
    expect(flags.slice(11)).toEqual([[], []]);
  });

  it('messages and outgoing calls do not count toward the call limit', () => {
    const log = [
      ...callsAt('2026-11-03', 6),
      contact('2026-11-03T18:00', { channel: 'sms' }),
      contact('2026-11-03T18:30', { channel: 'app' }),
      contact('2026-11-03T19:00', { direction: 'outgoing' }),
    ];
    expect(flagContacts(log).every((flags) => flags.length === 0)).toBe(true);
  });

  it('an outgoing call on a day with too many incoming calls is not flagged itself', () => {
    const flags = flagContacts([
      ...callsAt('2026-11-03', 7),
      contact('2026-11-03T20:00', { direction: 'outgoing' }),
    ]);
    expect(flags.at(-1)).toEqual([]);
  });

  it('a night call on a day with too many calls gets both flags', () => {
    const flags = flagContacts([...callsAt('2026-11-03', 6), contact('2026-11-03T23:30')]);
    expect(flags.at(-1)).toEqual(['night', 'too_many_that_day']);
  });
});

describe('flagContacts: marked flags', () => {
  it('keeps the flags the person marked, first, then the derived ones', () => {
    const flags = flagContacts([
      contact('2026-11-03T10:00', { flags: ['threat', 'third_party'] }),
      contact('2026-11-03T23:00', { flags: ['insult'] }),
      contact('2026-11-03T23:00', { direction: 'outgoing', flags: ['impersonation'] }),
    ]);
    expect(flags).toEqual([['threat', 'third_party'], ['insult', 'night'], ['impersonation']]);
  });

  it('an empty log has no flags', () => {
    expect(flagContacts([])).toEqual([]);
  });
});

describe('flagContacts: properties', () => {
  const at = fc
    .record({
      day: fc.integer({ min: 1, max: 3 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(
      ({ day, hour, minute }) =>
        `2026-11-0${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    );
  const anyContact = fc
    .record({
      at,
      channel: fc.constantFrom(...CONTACT_CHANNELS),
      direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
      flags: fc.subarray([...MARKED_CONTACT_FLAGS]),
    })
    .map((input) => contactSchema.parse(input));

  it('marked flags kept; night exactly for incoming contacts outside 08:00–21:59; too_many exactly for incoming calls on a day with more than 6', () => {
    fc.assert(
      fc.property(fc.array(anyContact, { maxLength: 40 }), (log) => {
        const flags = flagContacts(log);
        expect(flags).toHaveLength(log.length);
        log.forEach((c, i) => {
          const incoming = c.direction === 'incoming';
          const hour = Number(c.at.slice(11, 13));
          const isCall = (x: Contact) => x.direction === 'incoming' && x.channel === 'phone';
          const callsThatDay = log.filter((x) => isCall(x) && x.at.slice(0, 10) === c.at.slice(0, 10)).length;
          const expected = [
            ...c.flags,
            ...(incoming && (hour >= 22 || hour < 8) ? ['night'] : []),
            ...(isCall(c) && callsThatDay > 6 ? ['too_many_that_day'] : []),
          ];
          expect(flags[i]).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});
