import { parseMarkdownBlocks } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from './plain-text';

describe('blocksToPlainText', () => {
  it('drops Markdown marks and keeps the structure readable', () => {
    const markdown = [
      '# 协商还款申请书',
      '',
      '**甲方**：张三',
      '电话：138\\*\\*\\*\\*5678',
      '',
      '- 失业',
      '',
      '2. 第二',
      '3. 第三',
      '',
      '- [ ] **还款总额**：写明',
      '- [x] 留好一份',
      '',
      '> 注意',
      '',
      '---',
      '',
      '| 期数 | 金额 |',
      '|---|---|',
      '| 1 | 100.00 元 |',
    ].join('\n');
    expect(blocksToPlainText(parseMarkdownBlocks(markdown))).toBe(
      [
        '协商还款申请书',
        '甲方：张三\n电话：138****5678',
        '• 失业',
        '2. 第二\n3. 第三',
        '☐ 还款总额：写明\n☑ 留好一份',
        '注意',
        '————————',
        '期数\t金额\n1\t100.00 元',
      ].join('\n\n'),
    );
  });
});
