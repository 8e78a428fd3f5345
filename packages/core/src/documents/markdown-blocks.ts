/**
 * The small Markdown subset that document templates use, parsed into blocks that the HTML and DOCX
 * renderers share. Anything outside the subset is literal text: there is no HTML passthrough, so
 * a value typed by a user can never become markup.
 */

/** A piece of text; `**bold**` is the only inline formatting. */
export interface InlineRun {
  text: string;
  bold: boolean;
}

/** One line of text as runs. */
export type InlineText = InlineRun[];

export interface MarkdownChecklistItem {
  checked: boolean;
  text: InlineText;
}

export type MarkdownBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: InlineText }
  /** Consecutive lines stay separate, so renderers put a line break between them. */
  | { type: 'paragraph'; lines: InlineText[] }
  | { type: 'bullet_list'; items: InlineText[] }
  | { type: 'ordered_list'; start: number; items: InlineText[] }
  | { type: 'checklist'; items: MarkdownChecklistItem[] }
  /** `> ` lines: a warning box. */
  | { type: 'callout'; lines: InlineText[] }
  | { type: 'rule' }
  /** Every row has as many cells as the header. */
  | { type: 'table'; header: InlineText[]; rows: InlineText[][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const RULE = /^-{3,}$/;
const CHECKLIST_ITEM = /^-\s+\[([ xX])\]\s+(.*)$/;
const BULLET_ITEM = /^-\s+(.*)$/;
const ORDERED_ITEM = /^(\d{1,9})\.\s+(.*)$/;
const CALLOUT_LINE = /^>\s?(.*)$/;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const TABLE_ROW = /^\|.*\|$/;
/** Matched with spaces removed: `| --- | :-: |`. */
const TABLE_SEPARATOR = /^\|(:?-+:?\|)+$/;

/** Parses Markdown text into blocks. Leading and trailing spaces of each line are ignored. */
export function parseMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const blocks: MarkdownBlock[] = [];
  let index = 0;
  // Each branch consumes at least one line, so the loop ends.
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line === '') {
      index += 1;
    } else if (HEADING.test(line)) {
      const [, hashes = '', text = ''] = HEADING.exec(line) ?? [];
      blocks.push({ type: 'heading', level: hashes.length as 1 | 2 | 3, text: parseInlineRuns(text) });
      index += 1;
    } else if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      index += 1;
    } else if (startsTable(line, lines[index + 1])) {
      const rows = takeWhile(lines, index + 2, (row) => TABLE_ROW.test(row));
      const header = splitRow(line);
      blocks.push({
        type: 'table',
        header,
        rows: rows.map((row) => fitRow(splitRow(row), header.length)),
      });
      index += 2 + rows.length;
    } else if (CHECKLIST_ITEM.test(line)) {
      const items = takeWhile(lines, index, (item) => CHECKLIST_ITEM.test(item));
      blocks.push({
        type: 'checklist',
        items: items.map((item) => {
          const [, mark = ' ', text = ''] = CHECKLIST_ITEM.exec(item) ?? [];
          return { checked: mark !== ' ', text: parseInlineRuns(text) };
        }),
      });
      index += items.length;
    } else if (BULLET_ITEM.test(line)) {
      // A checklist item also matches BULLET_ITEM, so it ends a bullet list and starts a checklist.
      const items = takeWhile(lines, index, (item) => BULLET_ITEM.test(item) && !CHECKLIST_ITEM.test(item));
      blocks.push({
        type: 'bullet_list',
        items: items.map((item) => parseInlineRuns(capture(BULLET_ITEM, item))),
      });
      index += items.length;
    } else if (ORDERED_ITEM.test(line)) {
      const items = takeWhile(lines, index, (item) => ORDERED_ITEM.test(item));
      const start = Number(ORDERED_ITEM.exec(line)?.[1] ?? '1');
      const texts = items.map((item) => parseInlineRuns(ORDERED_ITEM.exec(item)?.[2] ?? ''));
      blocks.push({ type: 'ordered_list', start, items: texts });
      index += items.length;
    } else if (CALLOUT_LINE.test(line)) {
      const calloutLines = takeWhile(lines, index, (item) => CALLOUT_LINE.test(item));
      const texts = calloutLines
        .map((item) => capture(CALLOUT_LINE, item).trim())
        .filter((text) => text !== '');
      blocks.push({ type: 'callout', lines: texts.map(parseInlineRuns) });
      index += calloutLines.length;
    } else {
      const paragraph = takeWhile(
        lines,
        index,
        (item, at) => at === index || !startsBlock(item, lines[at + 1]),
      );
      blocks.push({ type: 'paragraph', lines: paragraph.map(parseInlineRuns) });
      index += paragraph.length;
    }
  }
  return blocks;
}

/**
 * Splits `**bold**` markers into runs. A backslash makes the next ASCII punctuation literal (`\*`,
 * `\|`, `\\`, `\#`…), which is how the template engine inserts values such as a masked phone
 * number 138****5678. An unpaired `**` stays literal, and so does an empty pair `****`, so no
 * character is ever lost. Neighbours with the same weight are merged.
 */
export function parseInlineRuns(text: string): InlineText {
  // Text between unescaped `**` markers: odd-numbered parts are inside a pair.
  const parts: string[] = [];
  let part = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (char === '\\' && ASCII_PUNCTUATION.test(next)) {
      part += next;
      index += 1;
    } else if (char === '*' && next === '*') {
      parts.push(part);
      part = '';
      index += 1;
    } else part += char;
  }
  parts.push(part);

  const runs: InlineText = [];
  const add = (runText: string, bold: boolean) => {
    const previous = runs.at(-1);
    if (runText === '') return;
    if (previous?.bold === bold) previous.text += runText;
    else runs.push({ text: runText, bold });
  };
  parts.forEach((between, index) => {
    if (index % 2 === 0) add(between, false);
    else if (index === parts.length - 1) add(`**${between}`, false);
    else if (between === '') add('****', false);
    else add(between, true);
  });
  return runs;
}

/** A line that starts a block other than a paragraph ends the paragraph before it. */
function startsBlock(line: string, next: string | undefined): boolean {
  return (
    line === '' ||
    HEADING.test(line) ||
    RULE.test(line) ||
    BULLET_ITEM.test(line) ||
    ORDERED_ITEM.test(line) ||
    CALLOUT_LINE.test(line) ||
    startsTable(line, next)
  );
}

/** A table is a pipe row followed by a separator row; a lone pipe row is paragraph text. */
function startsTable(line: string, next: string | undefined): boolean {
  return TABLE_ROW.test(line) && TABLE_SEPARATOR.test((next ?? '').replace(/\s+/g, ''));
}

function takeWhile(
  lines: readonly string[],
  from: number,
  keep: (line: string, at: number) => boolean,
): string[] {
  const taken: string[] = [];
  for (let at = from; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (!keep(line, at)) break;
    taken.push(line);
  }
  return taken;
}

function capture(pattern: RegExp, line: string): string {
  return pattern.exec(line)?.[1] ?? '';
}

/** Cells of a `| a | b |` row. Escapes are kept for `parseInlineRuns`, so `\|` is a literal pipe. */
function splitRow(row: string): InlineText[] {
  const cells: string[] = [];
  let cell = '';
  const inner = row.slice(1, -1);
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner.charAt(index);
    if (char === '\\') {
      cell += inner.slice(index, index + 2);
      index += 1;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((text) => parseInlineRuns(text.trim()));
}

function fitRow(cells: InlineText[], width: number): InlineText[] {
  return Array.from({ length: width }, (_, column) => cells[column] ?? []);
}
