/**
 * Rules for a new backup passphrase. A backup file may end up anywhere (a cloud drive, a chat), and
 * anyone holding it can guess passphrases offline for as long as they like: scrypt makes each guess
 * cost about a second (ADR 0031), so the passphrase itself must carry the rest.
 */

/**
 * At least 10 characters. age's own advice is 8–10 random letters and digits or 4–5 random words;
 * people rarely pick at random, so the floor is the top of that range. Counted in characters (code
 * points), so a Chinese sentence of 10 characters passes.
 */
export const MIN_PASSPHRASE_LENGTH = 10;

/** Fewer different characters than this is a pattern ("1212121212", "aaaaaaaaaa"), not a secret. */
export const MIN_DISTINCT_CHARACTERS = 5;

export type PassphraseField = 'passphrase' | 'repeat';

/**
 * - `missing`: empty;
 * - `too_short`: under MIN_PASSPHRASE_LENGTH characters;
 * - `too_simple`: under MIN_DISTINCT_CHARACTERS different characters;
 * - `edge_space`: starts or ends with a space, which phone keyboards add and drop unseen, so the
 *   same passphrase typed again at restore would not match;
 * - `mismatch`: the second entry differs from the first.
 */
export type PassphraseProblem = 'missing' | 'too_short' | 'too_simple' | 'edge_space' | 'mismatch';

export interface PassphraseIssue {
  field: PassphraseField;
  problem: PassphraseProblem;
}

/** The problems of a new passphrase and its repetition; none means it may be used. */
export function checkNewPassphrase(passphrase: string, repeat: string): PassphraseIssue[] {
  const characters = [...passphrase];
  const problem: PassphraseProblem | undefined =
    characters.length === 0
      ? 'missing'
      : characters.length < MIN_PASSPHRASE_LENGTH
        ? 'too_short'
        : new Set(characters).size < MIN_DISTINCT_CHARACTERS
          ? 'too_simple'
          : passphrase.trim() !== passphrase
            ? 'edge_space'
            : undefined;
  if (problem !== undefined) return [{ field: 'passphrase', problem }];
  if (repeat !== passphrase) return [{ field: 'repeat', problem: 'mismatch' }];
  return [];
}

export type PassphraseStrength = 'weak' | 'fair' | 'strong';

/** Character classes and how many symbols each offers a guesser (non-ASCII: see below). */
const CLASSES: readonly { test: RegExp; size: number }[] = [
  { test: /[0-9]/u, size: 10 },
  { test: /[a-z]/u, size: 26 },
  { test: /[A-Z]/u, size: 26 },
  { test: /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/u, size: 33 },
  // Chinese and other scripts: thousands of characters, but people write words and sayings, not
  // random characters; 256 keeps the estimate on the modest side.
  { test: /[^\p{ASCII}]/u, size: 256 },
];

/**
 * A rough estimate, in bits, of how hard the passphrase is to guess: length × log2(alphabet), with
 * the length capped at twice the number of different characters so that repeats add little. Only
 * a hint: a well-known phrase is weak however long it is, and the screen says so.
 */
export function passphraseBits(passphrase: string): number {
  const characters = [...passphrase];
  const alphabet = CLASSES.reduce(
    (sum, { test, size }) => sum + (characters.some((c) => test.test(c)) ? size : 0),
    0,
  );
  if (alphabet === 0) return 0;
  const length = Math.min(characters.length, 2 * new Set(characters).size);
  return length * Math.log2(alphabet);
}

/**
 * The hint's bands. The estimate overstates what people choose (a guesser tries common words and
 * sayings first, and "password123" still scores 57 bits), so the bands sit high: under 50 bits is
 * weak, from 80 strong. Only a hint: the rule is checkNewPassphrase.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const bits = passphraseBits(passphrase);
  return bits < 50 ? 'weak' : bits < 80 ? 'fair' : 'strong';
}
