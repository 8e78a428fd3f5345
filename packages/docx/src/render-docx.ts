import { type InlineText, type MarkdownBlock, parseMarkdownBlocks } from '@shangan/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  type IBorderOptions,
  type INumberingOptions,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';

export interface RenderDocxOptions {
  title: string;
}

/**
 * A Word document (.docx bytes) of the same Markdown the HTML renderer takes, for people who edit
 * the letter before sending it. A4, 20 mm margins, Chinese fonts. The core properties carry only
 * the title and the app name: never the person's name, which Word would show as the author.
 */
export async function renderDocx(markdown: string, options: RenderDocxOptions): Promise<Uint8Array> {
  const numbering: NumberingDefinition[] = [];
  const children = parseMarkdownBlocks(markdown).flatMap((block) => blockChildren(block, numbering));
  const document = new Document({
    title: options.title,
    creator: APP_NAME,
    lastModifiedBy: APP_NAME,
    styles: STYLES,
    numbering: { config: numbering },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT },
            margin: {
              top: MARGIN_Y,
              bottom: MARGIN_Y,
              left: MARGIN_X,
              right: MARGIN_X,
              header: 567,
              footer: 567,
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

type NumberingDefinition = INumberingOptions['config'][number];

const APP_NAME = "上岸 Shang'an";

// Page geometry in twips (1/20 pt, 1 mm ≈ 56.7 twips): A4 is 210 × 297 mm.
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MARGIN_Y = 1134; // 20 mm
const MARGIN_X = 1020; // 18 mm, as in the HTML version
const TEXT_WIDTH = A4_WIDTH - 2 * MARGIN_X;

/**
 * Latin text in Times New Roman and Chinese in SimSun (宋体), the pair Chinese courts and offices
 * expect in a printed letter; Word picks the eastAsia font for CJK characters.
 */
const FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: 'SimSun',
};

const BLACK = '000000';
const CALLOUT_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: 'B45309', space: 6 };
const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '444444' };

const STYLES = {
  default: {
    document: {
      // Sizes are in half-points: 24 = 12 pt. Line 360 = 1.5 lines.
      run: { font: FONT, size: 24, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 360, after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: 36, bold: true, color: BLACK },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: BLACK },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, color: BLACK },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** 420 twips (about two Chinese characters) of hanging indent for list markers. */
const LIST_INDENT = { left: 420, hanging: 420 };

/** Turns one block into Word paragraphs or a table; ordered lists add their numbering to `numbering`. */
function blockChildren(block: MarkdownBlock, numbering: NumberingDefinition[]): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: lineRuns(block.lines) })];
    case 'bullet_list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'ordered_list': {
      // One numbering definition per list, so each list starts at its own first number.
      const reference = `ordered-list-${numbering.length + 1}`;
      numbering.push({
        reference,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            start: block.start,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: LIST_INDENT } },
          },
        ],
      });
      return block.items.map(
        (item) => new Paragraph({ numbering: { reference, level: 0 }, children: runs(item) }),
      );
    }
    case 'checklist':
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: LIST_INDENT,
            children: [new TextRun(`${item.checked ? '☑' : '☐'}\t`), ...runs(item.text)],
            tabStops: [{ type: TabStopType.LEFT, position: LIST_INDENT.left }],
          }),
      );
    case 'callout':
      return [
        new Paragraph({
          children: lineRuns(block.lines),
          border: {
            top: CALLOUT_BORDER,
            bottom: CALLOUT_BORDER,
            left: CALLOUT_BORDER,
            right: CALLOUT_BORDER,
          },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF7E6' },
          indent: { left: 120, right: 120 },
          spacing: { before: 120, after: 240 },
          keepLines: true,
        }),
      ];
    case 'rule':
      return [
        new Paragraph({
          children: [],
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } },
        }),
      ];
    case 'table':
      return [table(block.header, block.rows)];
  }
}

function table(header: InlineText[], rows: InlineText[][]): Table {
  const columnWidth = Math.floor(TEXT_WIDTH / Math.max(header.length, 1));
  const row = (cells: InlineText[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            width: { size: columnWidth, type: WidthType.DXA },
            ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F0F0F0' } } : {}),
            children: [
              new Paragraph({
                spacing: { line: 300, after: 0 },
                children: runs(isHeader ? cell.map((run) => ({ ...run, bold: true })) : cell),
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: header.map(() => columnWidth),
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** Only bold runs say so: an explicit `bold: false` would un-bold text in the bold heading styles. */
function runs(text: InlineText): TextRun[] {
  return text.map((run) => new TextRun(run.bold ? { text: run.text, bold: true } : run.text));
}

/** The lines of a paragraph in one Word paragraph, with a line break (not a new paragraph) between. */
function lineRuns(lines: InlineText[]): TextRun[] {
  return lines.flatMap((line, index) =>
    index === 0 ? runs(line) : [new TextRun({ break: 1 }), ...runs(line)],
  );
}
