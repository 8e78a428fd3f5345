import { type InlineText, type MarkdownBlock, parseMarkdownBlocks } from './markdown-blocks.js';

export interface RenderHtmlOptions {
  title: string;
  /** Default `zh-CN`. */
  lang?: 'zh-CN' | 'en';
}

/**
 * A standalone, print-ready (A4) HTML document, also readable on screen. It loads nothing from
 * anywhere: letters about someone's debts may be opened offline or printed at a copy shop, and
 * must not call out to any site. The Content-Security-Policy makes that hold even if a later
 * change slipped a URL in.
 */
export function renderHtml(markdown: string, options: RenderHtmlOptions): string {
  const body = parseMarkdownBlocks(markdown).map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="${options.lang ?? 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const STYLE = `
@page { size: A4; margin: 20mm 18mm; }
html { background: #fff; color: #111; }
body {
  margin: 0 auto;
  max-width: 180mm;
  padding: 12mm 6mm;
  font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  font-size: 12pt;
  line-height: 1.75;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
@media print { body { max-width: none; padding: 0; } }
h1, h2, h3 { line-height: 1.4; break-after: avoid; page-break-after: avoid; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 1em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.5em; }
h3 { font-size: 12pt; margin: 1em 0 0.4em; }
p { margin: 0 0 0.8em; }
ul, ol { margin: 0 0 0.8em; padding-left: 2em; }
li { break-inside: avoid; page-break-inside: avoid; }
ul.checklist { list-style: none; padding-left: 0.5em; }
.checklist .box { display: inline-block; width: 1.5em; }
.callout {
  margin: 0 0 0.8em;
  padding: 0.5em 0.9em;
  border: 1.5pt solid #b45309;
  border-radius: 2pt;
  background: #fff7e6;
  break-inside: avoid;
  page-break-inside: avoid;
}
.callout p { margin: 0; }
hr { border: 0; border-top: 1pt solid #888; margin: 1.2em 0; }
table { width: 100%; margin: 0 0 0.8em; border-collapse: collapse; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1pt solid #444; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
`;

function blockHtml(block: MarkdownBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${linesHtml(block.lines)}</p>`;
    case 'bullet_list':
      return `<ul>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'ordered_list': {
      const start = block.start === 1 ? '' : ` start="${block.start}"`;
      return `<ol${start}>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ol>`;
    }
    case 'checklist': {
      const items = block.items.map(
        (item) =>
          `<li><span class="box" aria-hidden="true">${item.checked ? '☑' : '☐'}</span>${inlineHtml(item.text)}</li>`,
      );
      return `<ul class="checklist">\n${items.join('\n')}\n</ul>`;
    }
    case 'callout':
      return `<div class="callout" role="note"><p>${linesHtml(block.lines)}</p></div>`;
    case 'rule':
      return '<hr>';
    case 'table': {
      const row = (cells: InlineText[], tag: 'th' | 'td') =>
        `<tr>${cells.map((cell) => `<${tag}>${inlineHtml(cell)}</${tag}>`).join('')}</tr>`;
      const rows = block.rows.map((cells) => row(cells, 'td')).join('\n');
      return `<table>\n<thead>${row(block.header, 'th')}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

function linesHtml(lines: InlineText[]): string {
  return lines.map(inlineHtml).join('<br>\n');
}

function inlineHtml(text: InlineText): string {
  return text
    .map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join('');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
