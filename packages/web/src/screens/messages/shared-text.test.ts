import { describe, expect, it } from 'vitest';
import { openedByShare, takeSharedText } from './shared-text';

function at(url: string) {
  const replaced: string[] = [];
  const parsed = new URL(url);
  const location = { search: parsed.search, pathname: parsed.pathname, hash: parsed.hash } as Location;
  const history = { state: null, replaceState: (_s: unknown, _t: string, to: string) => replaced.push(to) };
  return { location, history: history as unknown as History, replaced };
}

describe('a text shared into the app', () => {
  it('is taken once, title then text, and the address cleaned', () => {
    const page = at(
      'https://x.test/app/?share_title=%E5%82%AC%E6%94%B6&share_text=%E4%BD%A0%E5%B7%B2%E9%80%BE%E6%9C%9F#/messages',
    );
    expect(takeSharedText(page.location, page.history)).toBe('催收\n你已逾期');
    expect(page.replaced).toEqual(['/app/#/messages']);
  });

  it('leaves a page not opened by a share as it is', () => {
    const page = at('https://x.test/?other=1#/overview');
    expect(takeSharedText(page.location, page.history)).toBe('');
    expect(page.replaced).toEqual([]);
    expect(openedByShare('?other=1')).toBe(false);
    expect(openedByShare('?share_text=hi')).toBe(true);
  });
});
