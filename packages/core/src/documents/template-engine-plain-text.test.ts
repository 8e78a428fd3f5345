// Inserted values are always plain paragraphs (issue 10): whatever a person types into a hardship
// description or a note, it can never become a heading, a callout, a list, a table or a rule inside
// a letter, and no character of it is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InlineText, parseMarkdownBlocks } from './markdown-blocks.js';
import { renderTemplate } from './template-engine.js';

const noCitations = (id: string): string => {
  throw new Error(`no citation ${id}`);
};

/** The text the renderer keeps of a value: line breaks as it reads them, lines trimmed, no blank lines. */
function normalise(value: string): string {
  return value
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const textOf = (runs: InlineText) => runs.map((run) => run.text).join('');

function renderValue(value: string) {
  return parseMarkdownBlocks(renderTemplate('{{v}}', { v: value }, noCitations));
}

/** Pieces that start every kind of block, mixed with line breaks, spaces and escapes. */
const markdownish = fc
  .array(
    fc.constantFrom(
      '#',
      '## ',
      '### 标题',
      '#### ',
      '>',
      '> 注意',
      '-',
      '- ',
      '---',
      '- [ ] ',
      '- [x] ',
      '1. ',
      '12.',
      '|',
      '| a | b |',
      '|---|---|',
      '**',
      '\\',
      '\\#',
      '*',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\t',
      '\u3000',
      'a',
      '中',
      '5',
      '.',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('an inserted value is plain paragraphs', () => {
  it.each([
    ['# 我失业了\n## 2026年3月\n> 医院\n- 一\n1. 二\n---\n| a | b |\n|---|---|\n- [ ] 三'],
    ['   # indented heading'],
    ['7. 月起没有收入'],
  ])('%j', (value) => {
    const blocks = renderValue(value);
    expect(blocks.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('for any string v, `{{v}}` renders only paragraphs whose text is v', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' }), fc.string()), (value) => {
        const blocks = renderValue(value);
        expect(blocks.map((block) => block.type).filter((type) => type !== 'paragraph')).toEqual([]);
        const text = blocks
          .flatMap((block) => (block.type === 'paragraph' ? block.lines.map(textOf) : []))
          .join('\n');
        expect(text).toBe(normalise(value));
      }),
      { numRuns: 2000 },
    );
  });
});
