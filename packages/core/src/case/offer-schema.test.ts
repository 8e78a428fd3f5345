import { describe, expect, it } from 'vitest';
import { offerSchema } from './offer-schema.js';
import { toValidationIssues } from './validation-issue.js';

// An offer's `via`: through whom it came and the contact of the log it was made in.

const offer = (via: unknown) => ({
  by: 'lender',
  date: '2026-11-20',
  kind: 'instalments',
  total: '37000',
  via,
});

function refused(input: unknown) {
  const parsed = offerSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the offer to be refused');
  return toValidationIssues(parsed.error, input).map((issue) => `${issue.path}:${issue.code}`);
}

describe('offers[].via', () => {
  it('keeps the channel, the 工号, the name and the contact it was made in', () => {
    const parsed = offerSchema.parse(
      offer({
        channel: 'phone',
        staffId: ' A1024 ',
        counterpartName: '王专员',
        contactAt: '2026-11-20T14:05',
      }),
    );
    expect(parsed.via).toEqual({
      channel: 'phone',
      staffId: 'A1024',
      counterpartName: '王专员',
      contactAt: '2026-11-20T14:05',
    });
    expect(offerSchema.parse(offer(undefined)).via).toBeUndefined();
  });

  it('names the field of a bad channel, a time that does not exist and an unknown key', () => {
    expect(refused(offer({ channel: 'fax' }))).toEqual(['via.channel:not_one_of']);
    expect(refused(offer({ contactAt: '2026-02-30T10:00' }))).toEqual(['via.contactAt:invalid_date']);
    expect(refused(offer({ contactAt: '2026-11-20 10:00' }))).toEqual(['via.contactAt:invalid_date_time']);
    expect(refused(offer({ agent: 'x' }))).toEqual(['via:unknown_fields']);
  });
});
