import { describe, expect, it } from 'vitest';
import { CITATIONS, type CitationId } from '../law/citations.js';
import { formatDocumentCitation } from './document-citation.js';

const ids = Object.keys(CITATIONS) as CitationId[];

describe('formatDocumentCitation', () => {
  it('names law, article and version only', () => {
    expect(formatDocumentCitation('civil-code-192')).toBe(
      '《中华人民共和国民法典》第192条（2020-05-28公布，2021-01-01施行）',
    );
  });

  it('leaves out our review notes: an unchecked article number or version, a secondary source', () => {
    expect(formatDocumentCitation('card-regulation-70')).toBe('《商业银行信用卡业务监督管理办法》第70条');
    expect(formatDocumentCitation('cba-collection-guideline-2026')).not.toMatch(/未核对|据报道/);
    expect(formatDocumentCitation('spc-financial-trial-2017-2')).toBe(
      '《最高人民法院关于进一步加强金融审判工作的若干意见》第2条（法发〔2017〕22号）',
    );
  });

  it.each(ids)('%s: no confidence label, no review note, nothing empty', (id) => {
    const text = formatDocumentCitation(id);
    for (const banned of ['待核对', '二手资料', '核对原文', '条号未核对', '未核对', '据报道', '已核对']) {
      expect(text).not.toContain(banned);
    }
    expect(text).toMatch(/^《[^》]+(》[^》]*)*》[^（\s]/);
    expect(text).not.toMatch(/（\s*）|；）/);
  });
});
