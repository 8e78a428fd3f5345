import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';
import { renderTemplate } from './template-engine.js';

const SAMPLE = [
  '# 协商还款申请书',
  '',
  '尊敬的**某银行**信用卡中心：',
  '您好！',
  '',
  '## 一、我的情况',
  '',
  '- 月收入 4,500 元',
  '- 家中有老人需要照顾',
  '',
  '1. 停止计收罚息',
  '2. 分 36 期还款',
  '',
  '- [x] 身份证复印件',
  '- [ ] 收入证明',
  '',
  '> 请勿向任何个人账户转账。',
  '',
  '---',
  '',
  '| 债权人 | 欠款（元） |',
  '| --- | --- |',
  '| 某银行 | 12,000.00 |',
].join('\n');

describe('renderHtml', () => {
  const html = renderHtml(SAMPLE, { title: '协商还款申请书' });

  it('is a complete standalone document in Chinese by default', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>协商还款申请书</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(renderHtml('x', { title: 't', lang: 'en' })).toContain('<html lang="en">');
  });

  it('has one inline style with the A4 page rule and a CJK font stack', () => {
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('@page { size: A4; margin: 20mm 18mm; }');
    expect(html).toContain(
      'font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;',
    );
    expect(html).toContain('font-size: 12pt;');
    expect(html).toContain('max-width: 180mm;');
    expect(html).toMatch(/table \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/\.callout \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/li \{[^}]*break-inside: avoid/);
  });

  it('loads nothing from anywhere', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('renders every block type', () => {
    expect(html).toContain('<h1>协商还款申请书</h1>');
    expect(html).toContain('<h2>一、我的情况</h2>');
    expect(html).toContain('<p>尊敬的<strong>某银行</strong>信用卡中心：<br>\n您好！</p>');
    expect(html).toContain('<ul>\n<li>月收入 4,500 元</li>\n<li>家中有老人需要照顾</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>停止计收罚息</li>');
    expect(html).toContain('<li><span class="box" aria-hidden="true">☑</span>身份证复印件</li>');
    expect(html).toContain('<li><span class="box" aria-hidden="true">☐</span>收入证明</li>');
    expect(html).toContain('<div class="callout" role="note"><p>请勿向任何个人账户转账。</p></div>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<thead><tr><th>债权人</th><th>欠款（元）</th></tr></thead>');
    expect(html).toContain('<tr><td>某银行</td><td>12,000.00</td></tr>');
  });

  it('keeps the start number of an ordered list', () => {
    expect(renderHtml('3. 第三\n4. 第四', { title: 't' })).toContain('<ol start="3">');
  });

  it('shows template values literally, masked numbers included', () => {
    const markdown = renderTemplate(
      '**电话**：{{phone}}\n\n| 姓名 | 备注 |\n|---|---|\n| {{name}} | {{note}} |',
      { phone: '138****5678', name: '张**', note: 'A|B' },
      () => '',
    );
    const page = renderHtml(markdown, { title: 't' });
    expect(page).toContain('<p><strong>电话</strong>：138****5678</p>');
    expect(page).toContain('<tr><td>张**</td><td>A|B</td></tr>');
  });

  it('escapes all text, the title included', () => {
    const hostile = renderHtml(`# <script>alert("x")</script>\n\nTom & Jerry's <b>**<i>**`, {
      title: `</title><script>'&"`,
    });
    expect(hostile).toContain('<title>&lt;/title&gt;&lt;script&gt;&#39;&amp;&quot;</title>');
    expect(hostile).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>');
    expect(hostile).toContain('<p>Tom &amp; Jerry&#39;s &lt;b&gt;<strong>&lt;i&gt;</strong></p>');
    expect(hostile).not.toMatch(/<script|<b>|<i>/);
  });
});
