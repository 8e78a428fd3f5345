import type { InlineText, MarkdownBlock } from '@shangan/core';
import { isSpokenLine } from './script-steps';

/** Bold runs as <strong>; everything else as text (the parser never lets markup through). */
function Inline({ text }: { text: InlineText }) {
  return (
    <>
      {text.map((run, index) =>
        run.bold ? <strong key={`${index}-${run.text}`}>{run.text}</strong> : run.text,
      )}
    </>
  );
}

/** A line of the script: the lines to read out are big, the rest is guidance. */
function Line({ text }: { text: InlineText }) {
  return <p class={isSpokenLine(text) ? 'spoken' : 'guidance'}>{<Inline text={text} />}</p>;
}

/** Renders the call script's blocks for reading during a call (large type, checklists to tick). */
export function ScriptBlocks({ blocks }: { blocks: readonly MarkdownBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <ScriptBlock key={`${index}-${block.type}`} block={block} />
      ))}
    </>
  );
}

function ScriptBlock({ block }: { block: MarkdownBlock }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? null : (
        <h3>
          <Inline text={block.text} />
        </h3>
      );
    case 'paragraph':
      return (
        <div class="script-paragraph">
          {block.lines.map((line, at) => (
            <Line key={`${at}-${line.length}`} text={line} />
          ))}
        </div>
      );
    case 'callout':
      return (
        <div class="notice notice-warn script-callout">
          {block.lines.map((line, at) => (
            <p key={`${at}-${line.length}`}>
              <Inline text={line} />
            </p>
          ))}
        </div>
      );
    case 'bullet_list':
      return (
        <ul class="script-list">
          {block.items.map((item, at) => (
            <li key={`${at}-${item.length}`}>
              <Inline text={item} />
            </li>
          ))}
        </ul>
      );
    case 'ordered_list':
      return (
        <ol class="script-list" start={block.start}>
          {block.items.map((item, at) => (
            <li key={`${at}-${item.length}`}>
              <Inline text={item} />
            </li>
          ))}
        </ol>
      );
    case 'checklist':
      return (
        <ul class="script-checklist">
          {block.items.map((item, at) => (
            <li key={`${at}-${item.text.length}`}>
              <label class="choice">
                <input type="checkbox" defaultChecked={item.checked} />
                <span>
                  <Inline text={item.text} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                {block.header.map((cell, at) => (
                  <th key={`${at}-${cell.length}`} scope="col">
                    <Inline text={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowAt) => (
                <tr key={`${rowAt}-${row.length}`}>
                  {row.map((cell, at) => (
                    <td key={`${at}-${cell.length}`}>
                      <Inline text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'rule':
      return <hr />;
  }
}
