import type { InlineText, MarkdownBlock } from '@shangan/core';
import { Fragment } from 'preact';

/**
 * A document's Markdown blocks as elements: the same parse the server's HTML and DOCX use, and
 * text goes in as text (never innerHTML), so nothing typed into a case can become markup. The
 * document's own headings move down one level: the screen's title is the page's only <h1>.
 * A document is replaced as a whole when it changes, so list positions are stable keys.
 */
export function MarkdownView({ blocks }: { blocks: readonly MarkdownBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  );
}

function Block({ block }: { block: MarkdownBlock }) {
  switch (block.type) {
    case 'heading': {
      const Heading = (['h2', 'h3', 'h4'] as const)[block.level - 1] ?? 'h4';
      return (
        <Heading class={`doc-h${block.level}`}>
          <Inline text={block.text} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Lines lines={block.lines} />
        </p>
      );
    case 'bullet_list':
      return <ul>{items(block.items)}</ul>;
    case 'ordered_list':
      return <ol start={block.start}>{items(block.items)}</ol>;
    case 'checklist':
      return (
        <ul class="doc-checklist">
          {block.items.map((item, index) => (
            <li key={index}>
              <span class="doc-box" aria-hidden="true">
                {item.checked ? '☑' : '☐'}
              </span>
              <Inline text={item.text} />
            </li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <div class="doc-callout" role="note">
          <p>
            <Lines lines={block.lines} />
          </p>
        </div>
      );
    case 'rule':
      return <hr />;
    case 'table':
      return (
        <div class="table-scroll">
          <table class="doc-table">
            <thead>
              <tr>{cells(block.header, 'th')}</tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>{cells(row, 'td')}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function items(list: readonly InlineText[]) {
  return list.map((item, index) => (
    <li key={index}>
      <Inline text={item} />
    </li>
  ));
}

function cells(row: readonly InlineText[], Cell: 'th' | 'td') {
  return row.map((cell, index) => (
    <Cell key={index} {...(Cell === 'th' ? { scope: 'col' } : {})}>
      <Inline text={cell} />
    </Cell>
  ));
}

function Lines({ lines }: { lines: readonly InlineText[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          <Inline text={line} />
        </Fragment>
      ))}
    </>
  );
}

function Inline({ text }: { text: InlineText }) {
  return <>{text.map((run, index) => (run.bold ? <strong key={index}>{run.text}</strong> : run.text))}</>;
}
