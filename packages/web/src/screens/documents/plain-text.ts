import type { InlineText, MarkdownBlock } from '@shangan/core';

/**
 * A document as plain text for the clipboard: what a person pastes into an SMS, a chat or an
 * e-mail, so no Markdown marks (`**`, `\*`) and no table pipes to decipher.
 */
export function blocksToPlainText(blocks: readonly MarkdownBlock[]): string {
  return blocks.map(blockText).join('\n\n');
}

function blockText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'callout': {
      const lines = block.type === 'heading' ? [block.text] : block.lines;
      return lines.map(inline).join('\n');
    }
    case 'bullet_list':
      return block.items.map((item) => `• ${inline(item)}`).join('\n');
    case 'ordered_list':
      return block.items.map((item, index) => `${block.start + index}. ${inline(item)}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `${item.checked ? '☑' : '☐'} ${inline(item.text)}`).join('\n');
    case 'rule':
      return '————————';
    case 'table':
      // Tabs: pasted into a spreadsheet or a Word table the columns line up again.
      return [block.header, ...block.rows].map((row) => row.map(inline).join('\t')).join('\n');
  }
}

function inline(text: InlineText): string {
  return text.map((run) => run.text).join('');
}
