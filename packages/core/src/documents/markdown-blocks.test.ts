import { describe, expect, it } from 'vitest';
import { type InlineText, parseInlineRuns, parseMarkdownBlocks } from './markdown-blocks.js';

/** Plain (not bold) text as runs. */
function plain(text: string): InlineText {
  return [{ text, bold: false }];
}

describe('parseInlineRuns', () => {
  it('splits **bold** into runs', () => {
    expect(parseInlineRuns('请于**2025年3月1日**前回复')).toEqual([
      { text: '请于', bold: false },
      { text: '2025年3月1日', bold: true },
      { text: '前回复', bold: false },
    ]);
  });

  it('handles bold at the edges and several bold parts', () => {
    expect(parseInlineRuns('**甲**乙**丙**')).toEqual([
      { text: '甲', bold: true },
      { text: '乙', bold: false },
      { text: '丙', bold: true },
    ]);
  });

  it('keeps an unpaired ** as literal text', () => {
    expect(parseInlineRuns('a**b')).toEqual(plain('a**b'));
    expect(parseInlineRuns('**a** b ** c')).toEqual([
      { text: 'a', bold: true },
      { text: ' b ** c', bold: false },
    ]);
  });

  it('keeps an empty pair literal, so a masked number loses no character', () => {
    expect(parseInlineRuns('138****5678')).toEqual(plain('138****5678'));
    expect(parseInlineRuns('**申请人**：110101********1234')).toEqual([
      { text: '申请人', bold: true },
      { text: '：110101********1234', bold: false },
    ]);
  });

  it('reads backslash escapes of ASCII punctuation as literal characters', () => {
    expect(parseInlineRuns('138\\*\\*\\*\\*5678 和 139\\*\\*\\*\\*1234')).toEqual(
      plain('138****5678 和 139****1234'),
    );
    expect(parseInlineRuns('**张\\*\\***')).toEqual([{ text: '张**', bold: true }]);
    expect(parseInlineRuns('a\\\\b \\| c:\\path \\中')).toEqual(plain('a\\b | c:\\path \\中'));
  });

  it('keeps everything else literal, HTML included', () => {
    expect(parseInlineRuns('<b>*x* _y_ [z](http://e)</b>')).toEqual(plain('<b>*x* _y_ [z](http://e)</b>'));
    expect(parseInlineRuns('')).toEqual([]);
  });
});

describe('parseMarkdownBlocks', () => {
  it('reads headings of levels 1 to 3; a fourth level is paragraph text', () => {
    expect(parseMarkdownBlocks('# 协商还款申请\n## 一、基本情况\n### 1. 收入\n#### 细节')).toEqual([
      { type: 'heading', level: 1, text: plain('协商还款申请') },
      { type: 'heading', level: 2, text: plain('一、基本情况') },
      { type: 'heading', level: 3, text: plain('1. 收入') },
      { type: 'paragraph', lines: [plain('#### 细节')] },
    ]);
  });

  it('keeps the lines of a paragraph separate and splits paragraphs on blank lines', () => {
    expect(parseMarkdownBlocks('尊敬的贷款机构：\n  您好！  \n\n\n此致\n敬礼')).toEqual([
      { type: 'paragraph', lines: [plain('尊敬的贷款机构：'), plain('您好！')] },
      { type: 'paragraph', lines: [plain('此致'), plain('敬礼')] },
    ]);
  });

  it('reads bullet and ordered lists, with the first number as start', () => {
    expect(parseMarkdownBlocks('- 身份证\n- 收入证明\n\n3. 第三步\n4. 第四步')).toEqual([
      { type: 'bullet_list', items: [plain('身份证'), plain('收入证明')] },
      { type: 'ordered_list', start: 3, items: [plain('第三步'), plain('第四步')] },
    ]);
  });

  it('reads checklists with checked state, apart from a bullet list next to them', () => {
    expect(parseMarkdownBlocks('- [ ] 准备材料\n- [x] 打电话\n- [X] 写信\n- 普通项')).toEqual([
      {
        type: 'checklist',
        items: [
          { checked: false, text: plain('准备材料') },
          { checked: true, text: plain('打电话') },
          { checked: true, text: plain('写信') },
        ],
      },
      { type: 'bullet_list', items: [plain('普通项')] },
    ]);
  });

  it('reads callout lines as one box, skipping empty > lines', () => {
    expect(parseMarkdownBlocks('> **注意**：不要借新还旧。\n>\n>不要转账到个人账户。')).toEqual([
      {
        type: 'callout',
        lines: [
          [
            { text: '注意', bold: true },
            { text: '：不要借新还旧。', bold: false },
          ],
          plain('不要转账到个人账户。'),
        ],
      },
    ]);
  });

  it('reads --- as a rule', () => {
    expect(parseMarkdownBlocks('甲\n\n---\n\n乙')).toEqual([
      { type: 'paragraph', lines: [plain('甲')] },
      { type: 'rule' },
      { type: 'paragraph', lines: [plain('乙')] },
    ]);
  });

  it('reads pipe tables, fitting every row to the header width', () => {
    const markdown = [
      '| 债权人 | 欠款（元） | 备注 |',
      '| --- | ---: | :-: |',
      '| 某银行 | **12,000.00** | 信用卡 |',
      '| 某小贷 \\| 分期 | 3,000.00 \\\\|',
      '| a | b | c | extra |',
    ].join('\n');
    expect(parseMarkdownBlocks(markdown)).toEqual([
      {
        type: 'table',
        header: [plain('债权人'), plain('欠款（元）'), plain('备注')],
        rows: [
          [plain('某银行'), [{ text: '12,000.00', bold: true }], plain('信用卡')],
          [plain('某小贷 | 分期'), plain('3,000.00 \\'), []],
          [plain('a'), plain('b'), plain('c')],
        ],
      },
    ]);
  });

  it('reads a pipe line without a separator row as text', () => {
    expect(parseMarkdownBlocks('| 不是表格 |\n下一行')).toEqual([
      { type: 'paragraph', lines: [plain('| 不是表格 |'), plain('下一行')] },
    ]);
  });

  it('ends a paragraph where another block starts without a blank line', () => {
    expect(
      parseMarkdownBlocks('正文\n## 标题\n正文\n- 项\n正文\n> 提示\n正文\n| a |\n|---|\n| 1 |\n正文\n---'),
    ).toEqual([
      { type: 'paragraph', lines: [plain('正文')] },
      { type: 'heading', level: 2, text: plain('标题') },
      { type: 'paragraph', lines: [plain('正文')] },
      { type: 'bullet_list', items: [plain('项')] },
      { type: 'paragraph', lines: [plain('正文')] },
      { type: 'callout', lines: [plain('提示')] },
      { type: 'paragraph', lines: [plain('正文')] },
      { type: 'table', header: [plain('a')], rows: [[plain('1')]] },
      { type: 'paragraph', lines: [plain('正文')] },
      { type: 'rule' },
    ]);
  });

  it('reads escaped block markers at the start of a line as paragraph text', () => {
    expect(parseMarkdownBlocks('\\# 一\n\\- 二\n\\> 三\n1\\. 四\n\\---')).toEqual([
      {
        type: 'paragraph',
        lines: [plain('# 一'), plain('- 二'), plain('> 三'), plain('1. 四'), plain('---')],
      },
    ]);
  });

  it('returns no blocks for empty input and reads Windows line endings', () => {
    expect(parseMarkdownBlocks('')).toEqual([]);
    expect(parseMarkdownBlocks('\n \n')).toEqual([]);
    expect(parseMarkdownBlocks('# 标题\r\n正文\r\n')).toEqual([
      { type: 'heading', level: 1, text: plain('标题') },
      { type: 'paragraph', lines: [plain('正文')] },
    ]);
  });
});
