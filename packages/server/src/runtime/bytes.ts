/**
 * Byte encodings without Node's Buffer, so the same code runs in a browser's worker. Hex is written
 * as ASCII bytes from a table and decoded as text at once: 20 MB of evidence through bytea is 40
 * million characters, and a string per byte (or per slice, joined) took seconds where this takes
 * about as long as Buffer's native codec.
 */

const HEX_DIGITS = '0123456789abcdef';
/** Two char codes per byte value, low digit second. */
const HEX_PAIRS = new Uint8Array(512);
for (let byte = 0; byte < 256; byte++) {
  HEX_PAIRS[2 * byte] = HEX_DIGITS.charCodeAt(byte >> 4);
  HEX_PAIRS[2 * byte + 1] = HEX_DIGITS.charCodeAt(byte & 15);
}
/** A char code's value as a hex digit, or 255 when it is none. */
const HEX_VALUES = new Uint8Array(128).fill(255);
for (let value = 0; value < 16; value++) {
  HEX_VALUES[HEX_DIGITS.charCodeAt(value)] = value;
  HEX_VALUES[HEX_DIGITS.toUpperCase().charCodeAt(value)] = value;
}

/** Characters per String.fromCharCode call: far below every engine's argument limit. */
const CODES_PER_CALL = 8192;

/** Lower-case hex, two digits per byte. */
export function toHex(bytes: Uint8Array): string {
  const codes = new Uint8Array(bytes.byteLength * 2);
  for (let index = 0; index < bytes.byteLength; index++) {
    const pair = 2 * (bytes[index] as number);
    codes[2 * index] = HEX_PAIRS[pair] as number;
    codes[2 * index + 1] = HEX_PAIRS[pair + 1] as number;
  }
  return ascii.decode(codes);
}

const ascii = new TextDecoder();

/** The bytes of hex text (either case); throws on an odd length or a character that is no digit. */
export function fromHex(text: string): Uint8Array {
  if (text.length % 2 !== 0) throw new Error('hex text has an odd number of digits');
  const bytes = new Uint8Array(text.length / 2);
  for (let index = 0; index < bytes.byteLength; index++) {
    const high = HEX_VALUES[text.charCodeAt(2 * index)] ?? 255;
    const low = HEX_VALUES[text.charCodeAt(2 * index + 1)] ?? 255;
    if (high === 255 || low === 255) throw new Error(`not a hex digit at ${2 * index}`);
    bytes[index] = (high << 4) | low;
  }
  return bytes;
}

/** Standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.byteLength; offset += CODES_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CODES_PER_CALL));
  }
  return btoa(binary);
}

/** base64url without padding (RFC 4648 §5), as tokens and hashes in URLs and cookies use. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of standard base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** `count` bytes from the platform's cryptographic random source (WebCrypto, in Node and browsers). */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(count));
}
