import type { CitationId, LenderType } from '@shangan/core';

/**
 * Pushbacks collectors often use that the call script template does not answer yet. Their words
 * are in the screen's messages (call-messages.ts); here is what the code needs: how to tell that
 * the script already answers one (then the script's own answer wins), and which citations back the
 * legal point of the note, by core citation id only.
 */
export const EXTRA_PUSHBACKS = [
  {
    id: 'pay_in_full_today',
    answeredBy: /全额|一次性还清/,
    /** The note for credit cards states the rule on personalised instalments. */
    citations: { credit_card: ['card-regulation-70'] } as Partial<Record<LenderType, CitationId[]>>,
  },
  { id: 'use_an_agent', answeredBy: /代理/, citations: {} as Partial<Record<LenderType, CitationId[]>> },
] as const;

export type ExtraPushbackId = (typeof EXTRA_PUSHBACKS)[number]['id'];

/** The extra pushbacks that none of the script's own pushback headings answers. */
export function missingPushbacks(scriptHeadings: readonly string[]): ExtraPushbackId[] {
  return EXTRA_PUSHBACKS.filter(
    (extra) => !scriptHeadings.some((heading) => extra.answeredBy.test(heading)),
  ).map((extra) => extra.id);
}

/** Citations for an extra pushback's note, for this lender type (none when the note does not apply). */
export function pushbackCitations(id: ExtraPushbackId, lenderType: LenderType): CitationId[] {
  const extra = EXTRA_PUSHBACKS.find((entry) => entry.id === id);
  return extra?.citations[lenderType] ?? [];
}
