import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { parseRecipient } from './recipient-key';

const recipient = await identityToRecipient(await generateX25519Identity());

describe('a pasted public key', () => {
  it('accepts an age X25519 key as pasted, scanned in capitals or broken over lines', () => {
    expect(parseRecipient(recipient)).toEqual({ ok: true, recipient });
    expect(parseRecipient(recipient.toUpperCase())).toEqual({ ok: true, recipient });
    expect(parseRecipient(`  ${recipient.slice(0, 20)}\n${recipient.slice(20)}\t`)).toEqual({
      ok: true,
      recipient,
    });
  });

  it('says precisely what is wrong', () => {
    expect(parseRecipient('  \n')).toEqual({ ok: false, problem: 'missing' });
    expect(parseRecipient(`AGE-SECRET-KEY-1${'Q'.repeat(58)}`)).toEqual({ ok: false, problem: 'secret_key' });
    expect(parseRecipient('ssh-ed25519 AAAAC3Nza')).toEqual({ ok: false, problem: 'not_age_key' });
    expect(parseRecipient(`age1pq1${'q'.repeat(100)}`)).toEqual({ ok: false, problem: 'unsupported_key' });
    expect(parseRecipient(recipient.slice(0, -1))).toEqual({ ok: false, problem: 'damaged_key' });
    // One mistyped character: the checksum catches it.
    const typo = `${recipient.slice(0, 10)}${recipient[10] === 'q' ? 'p' : 'q'}${recipient.slice(11)}`;
    expect(parseRecipient(typo)).toEqual({ ok: false, problem: 'damaged_key' });
    // Mixed case is not bech32.
    expect(parseRecipient(`${recipient.slice(0, 10)}${recipient.slice(10).toUpperCase()}`)).toEqual({
      ok: false,
      problem: 'damaged_key',
    });
  });
});
