import { describe, expect, it } from 'vitest';
import { evidenceQuery } from './evidence-query.js';
import {
  attachmentDisposition,
  FALLBACK_FILE_NAME,
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
} from './file-name.js';

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('sanitizeFileName', () => {
  it.each([
    ['a name that is already safe stays as it is', '通话录音 2026-11-03.m4a', '通话录音 2026-11-03.m4a'],
    ['CR/LF (a header or log line injected)', 'shot\r\nX-Evil: 1.png', 'shot X-Evil_ 1.png'],
    ['NUL and other C0/C1 controls', 'a\u0000b\u0007c\u0085d.png', 'abcd.png'],
    ['a right-to-left override that shows "gpj.exe" as "exe.jpg"', 'photo\u202Egpj.exe', 'photogpj.exe'],
    [
      'every bidi embedding, isolate and mark',
      '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200Ei\u200Fj\u061Ck.txt',
      'abcdefghijk.txt',
    ],
    ['a Unix path', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\me\\截图.png', '截图.png'],
    ['a path that ends in ..', 'a/..', FALLBACK_FILE_NAME],
    ['a hidden file', '.bashrc', 'bashrc'],
    ['leading dots and spaces', ' ...  .env.txt', 'env.txt'],
    ['trailing dots and spaces (Windows drops them)', 'report.pdf. . ', 'report.pdf'],
    ['CON', 'CON', '_CON'],
    ['a reserved name with an extension', 'con.txt', '_con.txt'],
    ['a reserved name with two extensions', 'Nul.tar.gz', '_Nul.tar.gz'],
    ['a reserved name before a space', 'aux .png', '_aux.png'],
    ['COM1-9 and LPT1-9', 'com7.m4a', '_com7.m4a'],
    ['LPT', 'LPT9.pdf', '_LPT9.pdf'],
    ['a name that only starts like a reserved one', 'console.png', 'console.png'],
    ['characters Windows forbids', 'a<b>c:d"e|f?g*h.png', 'a_b_c_d_e_f_g_h.png'],
    ['runs of whitespace and tabs', 'a \t\u3000 b.png', 'a b.png'],
    ['nothing left', '\u202E\r\n', FALLBACK_FILE_NAME],
    ['only an extension survives', '\u0000.png', 'png'],
    ['empty', '', FALLBACK_FILE_NAME],
  ])('%s', (_label, name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected);
  });

  it('limits the length in UTF-8 bytes, keeps the extension and never cuts a character in two', () => {
    const name = `${'录'.repeat(300)}.m4a`;
    const safe = sanitizeFileName(name);
    expect(bytes(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(safe.endsWith('录.m4a')).toBe(true);
    expect(safe).toBe(`${'录'.repeat(Math.floor((MAX_FILE_NAME_BYTES - 4) / 3))}.m4a`);
    const emoji = sanitizeFileName('😀'.repeat(100));
    expect(emoji).toBe('😀'.repeat(MAX_FILE_NAME_BYTES / 4));
  });

  it('treats an over-long "extension" as part of the name', () => {
    const safe = sanitizeFileName(`a.${'x'.repeat(400)}`);
    expect(bytes(safe)).toBe(MAX_FILE_NAME_BYTES);
    expect(safe.startsWith('a.xxx')).toBe(true);
  });

  it('is idempotent', () => {
    for (const name of ['CON', ' ..a.b. ', 'x\u202Ey', `${'录'.repeat(300)}.m4a`, 'a/..']) {
      const once = sanitizeFileName(name);
      expect(sanitizeFileName(once)).toBe(once);
    }
  });

  it('is what the upload query stores: cleaned, not refused', () => {
    const parsed = evidenceQuery.safeParse({ fileName: '../\u202Egpj.exe\r\n' });
    expect(parsed.success && parsed.data.fileName).toBe('gpj.exe');
  });
});

describe('attachmentDisposition', () => {
  it('offers the exact name as RFC 5987 filename* and an ASCII fallback', () => {
    expect(attachmentDisposition("录音 (1)'s*.m4a")).toBe(
      `attachment; filename="__ (1)'s_.m4a"; filename*=UTF-8''%E5%BD%95%E9%9F%B3%20%281%29%27s_.m4a`,
    );
  });

  it('can never break out of the header, whatever was stored', () => {
    const value = attachmentDisposition('a"; filename="evil.exe\r\nSet-Cookie: x=1');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value.match(/"/g)).toHaveLength(2);
    expect(value).toBe(
      `attachment; filename="a_; filename=_evil.exe Set-Cookie_ x=1"; filename*=UTF-8''a_%3B%20filename%3D_evil.exe%20Set-Cookie_%20x%3D1`,
    );
  });
});
