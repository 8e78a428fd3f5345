import { CITATIONS, type CitationId } from '../law/citations.js';
import { buildDocumentVariables, type DocumentContext } from './build-document-variables.js';
import { formatDocumentCitation } from './document-citation.js';
import type { DocumentFormat, DocumentKind } from './document-kinds.js';
import { DOCUMENT_TITLES } from './document-titles.js';
import { renderHtml } from './render-html.js';
import { renderTemplate } from './template-engine.js';
import { TEMPLATES } from './templates.generated.js';

/**
 * Writes a Word file (.docx bytes) from a document's Markdown: `renderDocx` of `@shangan/docx`,
 * passed in by the CLI and the server so that the core needs no DOCX library (it depends on zod only).
 */
export type DocxRenderer = (markdown: string, options: { title: string }) => Promise<Uint8Array>;

export interface RenderedDocument {
  kind: DocumentKind;
  format: DocumentFormat;
  title: string;
  /** A file name without any personal data: the debt id, the kind and the extension. */
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The Markdown of one document for one debt, from its template and the case's figures. Citations
 * name law, article and version only: how sure we are of a source stays in the report.
 */
export function renderDocumentMarkdown(context: DocumentContext, kind: DocumentKind): string {
  const variables = buildDocumentVariables(context);
  return renderTemplate(TEMPLATES[kind], variables, (id) => {
    if (!Object.hasOwn(CITATIONS, id)) throw new Error(`template ${kind} cites unknown id ${id}`);
    return formatDocumentCitation(id as CitationId);
  });
}

/**
 * One document in the format asked for: Markdown, print-ready HTML, or a Word file. A Word file
 * needs `renderDocx`; asking for one without it is a wiring bug, so it throws.
 */
export async function renderDocument(
  context: DocumentContext,
  kind: DocumentKind,
  format: DocumentFormat,
  renderDocx?: DocxRenderer,
): Promise<RenderedDocument> {
  const markdown = renderDocumentMarkdown(context, kind);
  const title = DOCUMENT_TITLES[kind];
  const body =
    format === 'md'
      ? markdown
      : format === 'html'
        ? renderHtml(markdown, { title })
        : await requireDocxRenderer(renderDocx)(markdown, { title });
  return {
    kind,
    format,
    title,
    fileName: `${context.debtId}-${kind}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
  };
}

function requireDocxRenderer(renderDocx: DocxRenderer | undefined): DocxRenderer {
  if (renderDocx === undefined) throw new Error('a DOCX needs a DocxRenderer (renderDocx of @shangan/docx)');
  return renderDocx;
}
