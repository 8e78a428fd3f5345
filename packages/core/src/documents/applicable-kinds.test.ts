import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../dates/calendar-date.js';
import { ACKNOWLEDGING_KINDS, documentKindsFor, kindNotApplicableReason } from './applicable-kinds.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

const day = (text: string) => text as CalendarDate;
const running = { state: 'running', since: day('2025-01-01'), expiresOn: day('2028-01-01') } as const;
const expired = {
  state: 'possibly_expired',
  since: day('2020-01-01'),
  expiredOn: day('2023-01-01'),
} as const;
const unlicensed = { declared: true, signs: ['declared' as const] };

describe('documentKindsFor', () => {
  it('an ordinary debt: every kind but the limitation defence and the police report', () => {
    const kinds = documentKindsFor({ unlicensed: null, legal: { limitation: running } });
    expect([...kinds].sort()).toEqual(
      DOCUMENT_KINDS.filter((kind) => kind !== 'limitation_defence' && kind !== 'police_report').sort(),
    );
    expect(kinds[0]).toBe('script');
    expect(kinds.at(-1)).toBe('certificate_request');
  });

  it('a possibly time-barred debt: the limitation defence first, before anything that acknowledges it', () => {
    const kinds = documentKindsFor({ unlicensed: null, legal: { limitation: expired } });
    expect(kinds[0]).toBe('limitation_defence');
    for (const kind of ACKNOWLEDGING_KINDS) expect(kinds).toContain(kind);
  });

  it('an unlicensed lender: the police report and the complaint, no negotiation of any kind', () => {
    const kinds = documentKindsFor({ unlicensed, legal: { limitation: running } });
    expect(kinds.slice(0, 3)).toEqual(['police_report', 'complaint', 'stop_third_party']);
    for (const kind of ACKNOWLEDGING_KINDS) expect(kinds).not.toContain(kind);
    // Asking an illegal lender for its papers or a certificate would treat the debt as a lawful one.
    expect(kinds).not.toContain('statement_request');
    expect(kinds).not.toContain('certificate_request');
    expect(kindNotApplicableReason({ unlicensed, legal: { limitation: running } }, 'negotiation')).toBe(
      'unlicensed_lender',
    );
  });

  it('an unlicensed, time-barred debt: the limitation defence, then the police report', () => {
    expect(documentKindsFor({ unlicensed, legal: { limitation: expired } }).slice(0, 2)).toEqual([
      'limitation_defence',
      'police_report',
    ]);
  });

  it('a fitting kind has no reason against it', () => {
    expect(
      kindNotApplicableReason({ unlicensed: null, legal: { limitation: running } }, 'script'),
    ).toBeNull();
  });
});
