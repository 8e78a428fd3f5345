import type { StoredContact } from '@shangan/contract';
import { describe, expect, it } from 'vitest';
import { debtContacts, shortHash, showBytes } from './contact-history-model';

const stored = (
  id: string,
  debtId: string,
  at: string,
  extra: Record<string, unknown> = {},
): StoredContact => ({
  id,
  debtId,
  contact: { at, channel: 'phone', direction: 'incoming', ...extra },
  evidence: [],
});

describe('debtContacts', () => {
  it('keeps one debt, newest first, with derived flags', () => {
    const entries = debtContacts(
      [
        stored('1', 'a', '2026-11-01T10:00'),
        stored('2', 'b', '2026-11-02T10:00'),
        stored('3', 'a', '2026-11-03T23:10', { flags: ['threat'] }),
        stored('4', 'a', '2026-11-03T23:10'),
      ],
      'a',
    );
    expect(entries.map((entry) => entry.id)).toEqual(['4', '3', '1']);
    expect(entries[1]?.flags).toEqual(['threat', 'night']);
    expect(entries[2]?.flags).toEqual([]);
  });

  it('leaves out what no longer parses', () => {
    expect(debtContacts([stored('1', 'a', 'yesterday')], 'a')).toEqual([]);
  });
});

describe('file facts', () => {
  it('shows sizes and short hashes', () => {
    expect(showBytes(532)).toBe('532 B');
    expect(showBytes(2048)).toBe('2.0 KB');
    expect(showBytes(20 * 1024 * 1024)).toBe('20.0 MB');
    expect(shortHash('a'.repeat(64))).toBe('aaaaaaaaaaaa');
  });
});
