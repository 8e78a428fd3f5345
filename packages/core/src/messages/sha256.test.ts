import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8, sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the UTF-8 of Chinese text', () => {
    expect(sha256Hex('【某某金融】请于今天还款。')).toBe(
      '3d70597410af7adee6ea50cfeecd4431f67915922b34219e413524e98e402e9e',
    );
  });

  it('agrees with WebCrypto and TextEncoder on any text, across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(encodeUtf8(text)).toEqual(bytes);
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        expect(sha256Hex(text)).toBe([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
      }),
      { numRuns: 200 },
    );
  });
});
