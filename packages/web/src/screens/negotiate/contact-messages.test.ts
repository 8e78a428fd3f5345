import { CONTACT_FLAG_LABELS, MARKED_CONTACT_FLAGS } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { contactMessages } from './contact-messages';

/** What names a control or a region on the contact log (labels, legends, aria-labelledby headings). */
const LABEL_KEYS = [
  'formTitle',
  'channel',
  'at',
  'direction',
  'incoming',
  'outgoing',
  'counterpart',
  'number',
  'theySaid',
  'theyPromised',
  'iPromised',
  'followUp',
  'flags',
  'notes',
  'files',
  'uploadTitle',
  'historyTitle',
  'addEvidence',
] as const;

describe('contact log labels', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`${locale}: none holds another, so getByLabel finds exactly one kind of control`, () => {
      const labels = [
        ...LABEL_KEYS.map((key) => contactMessages[locale][key]),
        ...MARKED_CONTACT_FLAGS.map((flag) => CONTACT_FLAG_LABELS[locale][flag]),
      ].map((label) => label.toLowerCase());
      const clashes = labels.flatMap((label, at) =>
        labels
          .filter((other, otherAt) => otherAt !== at && other.includes(label))
          .map((other) => `${label} ⊂ ${other}`),
      );
      expect(clashes).toEqual([]);
    });
  }

  it('splits what they said from what they promised', () => {
    expect(contactMessages.zh.theySaid).toBe('对方说了什么');
    expect(contactMessages.zh.theyPromised).toBe('对方承诺了什么');
    expect(contactMessages.en.theySaid).toBe('What they said');
    expect(contactMessages.en.theyPromised).toBe('What they promised');
  });
});
