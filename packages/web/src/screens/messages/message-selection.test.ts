import { describe, expect, it } from 'vitest';
import { initialChoices, type ReadDraft, selectEntries } from './message-selection';

const draft = (debtId: string | null, alreadyLogged = false, text = '还钱'): ReadDraft => ({
  messageIndex: 0,
  link: { debtId },
  contact: {
    at: '2026-11-20T10:00',
    channel: 'sms',
    direction: 'incoming',
    theySaid: text,
    flags: [],
    sha256: 'a'.repeat(64),
  },
  assumed: [],
  alreadyLogged,
});

describe('message selection', () => {
  it('keeps every new draft on its linked debt, and leaves out the ones already logged', () => {
    const drafts = [draft('a'), draft('b', true), draft('a', false, '上门')];
    const choices = initialChoices(drafts);
    expect(choices.map((choice) => choice.keep)).toEqual([true, false, true]);
    const selection = selectEntries(drafts, choices);
    expect(selection).toEqual({
      ok: true,
      entries: [
        { debtId: 'a', contact: drafts[0]?.contact },
        { debtId: 'a', contact: drafts[2]?.contact },
      ],
    });
  });

  it('names the kept drafts that still need a debt; a left-out one needs none', () => {
    const drafts = [draft(null), draft(null), draft('a')];
    const choices = initialChoices(drafts);
    expect(selectEntries(drafts, choices)).toEqual({ ok: false, unlinked: [0, 1] });
    choices[0] = { keep: true, debtId: 'a' };
    choices[1] = { keep: false, debtId: null };
    expect(selectEntries(drafts, choices)).toMatchObject({
      ok: true,
      entries: [{ debtId: 'a' }, { debtId: 'a' }],
    });
  });
});
