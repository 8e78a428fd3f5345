import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, lprBody } from './lpr-draft';

describe('lprBody', () => {
  it('sends the percentages as announced, without what copying adds', () => {
    expect(lprBody({ date: '2026-02-20', lpr1y: ' 2.80% ', lpr5y: '3.30 ％', source: '  ' })).toEqual({
      ok: true,
      body: { date: '2026-02-20', lpr1y: '2.80', lpr5y: '3.30' },
    });
    expect(lprBody({ date: '2026-02-20', lpr1y: '2.8', lpr5y: '3.3', source: ' 中国人民银行网站 ' })).toEqual(
      {
        ok: true,
        body: { date: '2026-02-20', lpr1y: '2.8', lpr5y: '3.3', source: '中国人民银行网站' },
      },
    );
  });

  it('names the required fields left empty, and leaves the rest to the server', () => {
    expect(lprBody(EMPTY_DRAFT)).toEqual({ ok: false, missing: ['date', 'lpr1y', 'lpr5y'] });
    expect(lprBody({ ...EMPTY_DRAFT, date: '2026-02-20', lpr1y: '%' })).toEqual({
      ok: false,
      missing: ['lpr1y', 'lpr5y'],
    });
    expect(lprBody({ ...EMPTY_DRAFT, date: 'x', lpr1y: 'abc', lpr5y: '99' })).toMatchObject({ ok: true });
  });
});
