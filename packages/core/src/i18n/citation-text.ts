import { type CitationId, citation } from '../law/citations.js';
import type { Lang } from './format.js';
import { CONFIDENCE_LABELS } from './labels.js';

/**
 * A citation as one line of text: 《law》article（version；confidence）. The only way legal sources
 * reach reports and documents, so every one carries its version and confidence. An M-tagged entry
 * would be a bug (the table holds C and S only), so it throws rather than show unverified law.
 */
export function formatCitation(id: CitationId, lang: Lang): string {
  const c = citation(id);
  if (c.confidence === 'M') throw new Error(`citation ${id} is unverified and must not be shown`);
  // The law's own (Chinese) name in both languages: that is how courts and lenders look it up.
  return `《${c.law}》${c.article}（${c.version}；${CONFIDENCE_LABELS[lang][c.confidence]}）`;
}
