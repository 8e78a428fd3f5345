import { CITATIONS } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { DOES, NEVER, TODO } from './checklist';
import { collectorMessages } from './messages';

describe('is this collector real?', () => {
  it('words every line in both languages, and names no word without its line', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = collectorMessages[lang];
      for (const [items, words] of [
        [DOES, text.does],
        [NEVER, text.never],
        [TODO, text.todo],
      ] as const) {
        expect(Object.keys(words).sort(), lang).toEqual(items.map((item) => item.key).sort());
        const byKey = words as Record<string, string>;
        for (const item of items) expect(byKey[item.key]?.length, `${lang} ${item.key}`).toBeGreaterThan(10);
      }
    }
  });

  it('rests the lines that state a rule on known citations, never on an unverified [M] source', () => {
    for (const item of [...DOES, ...NEVER, ...TODO]) {
      for (const id of item.citations) expect(CITATIONS[id].confidence, id).not.toBe('M');
    }
    expect(NEVER.find((item) => item.key === 'authority')?.citations).toContain(
      'cba-collection-guideline-2026',
    );
  });
});
