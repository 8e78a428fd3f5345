import { parseInlineRuns } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { isSpokenLine, splitCallScript } from './script-steps';

const SCRIPT = `# 电话协商脚本：某银行

> **你已经收到支付令**
> 书面异议最晚要在 2026年12月3日 前送到法院。

这份脚本只给你自己看。

## 打电话前

- [ ] 身份证放在手边

## 一、开场

“您好，我是张三。”

## 六、对方常说的话，你可以这样回答

### “不还就起诉你”

“起诉是正常的法律程序，我不回避。”

给你自己看：
真正的法院文书由法院送达。

### “今天先还一点，表示诚意”

“我愿意还，但要等方案书面确认之后。”

## 九、挂电话后马上记下来

- [ ] 对方姓名和工号

---

本文件仅供参考，不是法律意见。
`;

describe('splitCallScript', () => {
  const script = splitCallScript(SCRIPT);

  it('keeps the title, the warnings before the first section, and the footer', () => {
    expect(script.title).toBe('电话协商脚本：某银行');
    expect(script.preamble.map((block) => block.type)).toEqual(['callout', 'paragraph']);
    expect(script.footer).toEqual([
      { type: 'paragraph', lines: [parseInlineRuns('本文件仅供参考，不是法律意见。')] },
    ]);
  });

  it('makes every section a step except the pushback section', () => {
    expect(script.steps.map((step) => step.heading)).toEqual([
      '打电话前',
      '一、开场',
      '九、挂电话后马上记下来',
    ]);
    expect(script.steps.at(-1)?.blocks.map((block) => block.type)).toEqual(['checklist']);
  });

  it('turns the pushback section into answers', () => {
    expect(script.pushbacks.map((answer) => answer.heading)).toEqual([
      '“不还就起诉你”',
      '“今天先还一点，表示诚意”',
    ]);
    expect(script.pushbacks[0]?.blocks).toHaveLength(2);
  });

  it('reads a script without pushbacks or footer', () => {
    const plain = splitCallScript('## 一、开场\n\n“您好。”');
    expect(plain).toMatchObject({ title: '', preamble: [], pushbacks: [], footer: [] });
    expect(plain.steps).toHaveLength(1);
  });
});

describe('isSpokenLine', () => {
  it('recognises the lines to read out by their quotation mark', () => {
    expect(isSpokenLine(parseInlineRuns('“您好，我是张三。”'))).toBe(true);
    expect(isSpokenLine(parseInlineRuns('给你自己看：'))).toBe(false);
  });
});
