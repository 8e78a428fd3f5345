import { describe, expect, it } from 'vitest';
import { fileNameOf } from './api-links';

describe('fileNameOf', () => {
  it('takes the UTF-8 name first, as the API writes both (evidence, exports)', () => {
    const disposition = `attachment; filename="____ 11_5_.m4a"; filename*=UTF-8''${encodeURIComponent('催收录音 11月5日.m4a')}`;
    expect(fileNameOf(disposition)).toBe('催收录音 11月5日.m4a');
  });

  it('falls back to the plain name, and to none', () => {
    expect(fileNameOf('attachment; filename="shangan-export.zip"')).toBe('shangan-export.zip');
    expect(fileNameOf('attachment; filename="a.zip"; filename*=UTF-8\'\'%E0%A4')).toBe('a.zip');
    expect(fileNameOf('inline')).toBeUndefined();
    expect(fileNameOf(null)).toBeUndefined();
  });
});
