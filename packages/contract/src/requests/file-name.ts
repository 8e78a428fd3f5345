/**
 * Evidence file names as the person's phone or computer named them, made safe to store, to put in
 * a zip entry and to offer for download. A frightened person uploading a screenshot is never refused
 * for its name: the name is cleaned silently, and a name that is already safe is kept as it is.
 */

/** The longest file name kept, in UTF-8 bytes: file systems allow 255, an export prefixes "evidence/0001-". */
export const MAX_FILE_NAME_BYTES = 200;

/** The name of a file whose own name has nothing usable left. */
export const FALLBACK_FILE_NAME = 'evidence';

/** An extension longer than this is not one worth keeping whole when a name is shortened. */
const MAX_EXTENSION_BYTES = 16;

/**
 * Control characters (C0 with CR, LF and NUL, DEL, C1) and the bidirectional controls that make
 * "gpj.exe" display as "exe.jpg": embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069), the marks U+200E, U+200F and U+061C, and the byte-order mark.
 */
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/gu;

/** Characters Windows refuses in a name (the separators / and \ are handled as paths first). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;

/** Device names Windows reserves whatever the extension: "CON.txt" and "com1.png" open a device. */
const RESERVED_STEM = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** The UTF-8 size of `text` (the contract has no TextEncoder: it runs without DOM or Node types). */
function byteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Leading dots (hidden files, "..") and spaces, and trailing dots and spaces (Windows drops them). */
function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
}

/** At most `limit` UTF-8 bytes of `text`, cut between code points (never inside a character). */
function cutToBytes(text: string, limit: number): string {
  let kept = '';
  let size = 0;
  for (const character of text) {
    size += byteLength(character);
    if (size > limit) break;
    kept += character;
  }
  return kept;
}

/** Splits "report.final.pdf" into "report.final" and ".pdf"; a name without a dot has no extension. */
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot)];
}

/**
 * A safe file name for `name`: invisible and control characters removed, only the last part of a
 * path kept, characters Windows forbids replaced by "_", whitespace runs made one space, leading
 * dots and trailing dots and spaces removed, a reserved device name prefixed with "_", at most
 * MAX_FILE_NAME_BYTES bytes (the extension kept), and FALLBACK_FILE_NAME when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  // Line breaks and tabs separate words: they become spaces before the other controls go.
  const visible = name
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '');
  const lastPart = visible.split(/[/\\]/).at(-1) ?? '';
  const cleaned = trimDotsAndSpaces(lastPart.replace(WINDOWS_FORBIDDEN, '_').replace(/\s+/gu, ' '));
  let [stem, extension] = splitExtension(cleaned);
  // "CON.txt", "con .tar.gz": Windows looks only at the part before the first dot, spaces trimmed.
  if (RESERVED_STEM.test((cleaned.split('.')[0] ?? '').trimEnd())) stem = `_${stem}`;
  if (byteLength(extension) > MAX_EXTENSION_BYTES) [stem, extension] = [stem + extension, ''];
  const shortened = trimDotsAndSpaces(cutToBytes(stem, MAX_FILE_NAME_BYTES - byteLength(extension)));
  if (shortened === '') return extension === '' ? FALLBACK_FILE_NAME : `${FALLBACK_FILE_NAME}${extension}`;
  return `${shortened}${extension}`;
}

/**
 * A Content-Disposition value that offers `fileName` for download: an ASCII-only `filename` for
 * old clients and the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded, including the
 * characters encodeURIComponent leaves alone but RFC 5987's attr-char does not allow: ' ( ) *).
 */
export function attachmentDisposition(fileName: string): string {
  const safe = sanitizeFileName(fileName);
  const ascii = safe.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
