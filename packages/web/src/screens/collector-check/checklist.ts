import type { CitationId } from '@shangan/core';

/** One line of the checklist: what to look for, and the rule behind it where there is one. */
export interface CheckItem {
  key: string;
  citations: CitationId[];
}

/**
 * What a real 贷后 (post-loan) team does, what it never does, and what to do. Only some lines rest
 * on a rule (shared/reference/legal.md §6, self-regulation labelled as such); the others are what
 * to check, and say so.
 */
export const DOES: readonly CheckItem[] = [
  { key: 'names', citations: [] },
  { key: 'figures', citations: [] },
  { key: 'official', citations: [] },
];

export const NEVER: readonly CheckItem[] = [
  { key: 'personalAccount', citations: [] },
  { key: 'authority', citations: ['cba-collection-guideline-2026'] },
  { key: 'repairFee', citations: ['credit-reporting-16', 'credit-reporting-25'] },
  { key: 'thirdParties', citations: ['civil-code-1032', 'pipl-23', 'cba-collection-guideline-2026'] },
  { key: 'night', citations: ['cba-collection-guideline-2026', 'civil-code-1033'] },
];

export const TODO: readonly CheckItem[] = [
  { key: 'hangUp', citations: [] },
  { key: 'callOfficial', citations: [] },
  { key: 'log', citations: [] },
  { key: 'police', citations: [] },
];
