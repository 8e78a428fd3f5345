/** The fields of the form, named as the API names them (its issues' paths). */
export const LPR_FIELDS = ['date', 'lpr1y', 'lpr5y', 'source'] as const;
export type LprField = (typeof LPR_FIELDS)[number];

/** What the person typed, as typed. */
export type LprDraft = Record<LprField, string>;

export const EMPTY_DRAFT: LprDraft = { date: '', lpr1y: '', lpr5y: '', source: '' };

/** The body of POST /api/lpr/quotations. */
export interface LprBody {
  date: string;
  lpr1y: string;
  lpr5y: string;
  source?: string;
}

/**
 * The draft as the API takes it, or the required fields left empty. A percentage is sent as the
 * announcement prints it: spaces and a trailing "%" (half- or full-width) are what a person adds
 * when copying, not part of the number. The server checks everything else, by field.
 */
export function lprBody(draft: LprDraft): { ok: true; body: LprBody } | { ok: false; missing: LprField[] } {
  const percent = (text: string) => text.trim().replace(/\s*[%％]$/, '');
  const body = { date: draft.date.trim(), lpr1y: percent(draft.lpr1y), lpr5y: percent(draft.lpr5y) };
  const missing = (['date', 'lpr1y', 'lpr5y'] as const).filter((field) => body[field] === '');
  if (missing.length > 0) return { ok: false, missing };
  const source = draft.source.trim();
  return { ok: true, body: source === '' ? body : { ...body, source } };
}
