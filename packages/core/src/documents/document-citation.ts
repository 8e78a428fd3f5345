import { type CitationId, citation } from '../law/citations.js';

/**
 * How sure we are of a source is for the person and the report (已核对原文 / 来自二手资料…), not for
 * the lender or the court: an outgoing letter names the law, the article and the version, and
 * nothing of our own review notes. A note in parentheses such as （条号未核对） or （据报道）, or a
 * version that is only such a note, is left out.
 */
const REVIEW_NOTE = /未核对|待核对|核对原文|二手资料|据报道/;

/** 《law》article（version）, as a letter quotes it. An M-tagged entry is a bug, as in the report. */
export function formatDocumentCitation(id: CitationId): string {
  const c = citation(id);
  if (c.confidence === 'M') throw new Error(`citation ${id} is unverified and must not be shown`);
  const article = withoutReviewNotes(c.article);
  const version = withoutReviewNotes(c.version);
  return `《${c.law}》${article}${version === '' ? '' : `（${version}）`}`;
}

/** Drops every （…） holding a review note; a text that is nothing but a note becomes empty. */
function withoutReviewNotes(text: string): string {
  const kept = text.replace(/（[^（）]*）/g, (group) => (REVIEW_NOTE.test(group) ? '' : group)).trim();
  return REVIEW_NOTE.test(kept) ? '' : kept;
}
