import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.js';

const SAMPLE = [
  '# 协商还款申请书',
  '',
  '尊敬的**某银行**信用卡中心：',
  '本人因失业暂时无力全额还款。',
  '',
  '## 一、请求事项',
  '',
  '- 停止计收罚息',
  '- 减免部分利息',
  '',
  '1. 首期还款 500 元',
  '2. 其余分 36 期',
  '',
  '5. 第二份清单从五开始',
  '',
  '- [x] 身份证复印件',
  '- [ ] 失业证明',
  '',
  '> 请勿向任何个人账户转账。',
  '',
  '---',
  '',
  '| 债权人 | 欠款（元） |',
  '| --- | --- |',
  '| 某银行 | 12,000.00 |',
].join('\n');

/** The produced .docx, unzipped: part name → text. */
async function unzipDocx(markdown: string, title = '协商还款申请书'): Promise<Record<string, string>> {
  const bytes = await renderDocx(markdown, { title });
  expect(bytes).toBeInstanceOf(Uint8Array);
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('renderDocx', async () => {
  const parts = await unzipDocx(SAMPLE);
  const documentXml = parts['word/document.xml'] ?? '';

  it('is a Word package with the Chinese text in word/document.xml', () => {
    expect(parts['[Content_Types].xml']).toContain('wordprocessingml');
    for (const text of [
      '协商还款申请书',
      '本人因失业暂时无力全额还款。',
      '停止计收罚息',
      '某银行',
      '12,000.00',
    ])
      expect(documentXml).toContain(text);
  });

  it('has an A4 page with 20 mm top and bottom margins', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="1020" w:bottom="1134" w:left="1020"/);
  });

  it('sets Chinese and Latin fonts and a 12 pt default size', () => {
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(styles).toContain('<w:sz w:val="24"/>');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:jc w:val="center"\/>/);
  });

  it('writes headings, bold runs and line breaks inside a paragraph', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?协商还款申请书/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?一、请求事项/);
    expect(documentXml).toMatch(/<w:b\/>(<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">某银行<\/w:t>/);
    expect(documentXml).toMatch(/信用卡中心：<\/w:t><\/w:r><w:r><w:br\/><\/w:r>/);
    // No run says "not bold", which would override the bold heading style.
    expect(documentXml).not.toContain('<w:b w:val="false"/>');
  });

  it('numbers lists through numbering definitions, each ordered list from its own start', () => {
    const numbering = parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toMatch(/<w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:start w:val="5"\/><w:numFmt w:val="decimal"\/>/);
    expect(documentXml.match(/<w:numPr>/g)).toHaveLength(5);
  });

  it('prefixes checklist items with boxes', () => {
    expect(documentXml).toContain('☑\t');
    expect(documentXml).toContain('☐\t');
  });

  it('draws the callout with a border and shading, and the rule as a bottom border', () => {
    expect(documentXml).toMatch(/<w:pBdr><w:top w:val="single"[^>]*\/><w:left[\s\S]*?<w:shd w:fill="FFF7E6"/);
    expect(documentXml).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr><\/w:pPr><\/w:p>/);
  });

  it('writes tables as Word tables with borders and a repeated header row', () => {
    expect(documentXml).toContain('<w:tbl>');
    expect(documentXml).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml.match(/<w:tr>/g)).toHaveLength(2);
  });

  it('records the title and the app as creator, and nothing about the person', () => {
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>协商还款申请书</dc:title>');
    expect(core).toContain('<dc:creator>上岸 Shang&apos;an</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>上岸 Shang&apos;an</cp:lastModifiedBy>');
  });

  it('escapes XML special characters in text and title', async () => {
    const escaped = await unzipDocx('A & B <c> "d"', '<t> & "u"');
    expect(escaped['word/document.xml']).toContain('A &amp; B &lt;c&gt; &quot;d&quot;');
    expect(escaped['docProps/core.xml']).toContain('<dc:title>&lt;t&gt; &amp; &quot;u&quot;</dc:title>');
  });
});
