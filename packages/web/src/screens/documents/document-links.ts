import { DOCUMENT_KINDS, type DocumentKind } from '@shangan/core';
import { api, hrefOf } from '../../api/client';

/** The kind shown when a link names none: the call script comes first in the person's journey. */
export const DEFAULT_KIND: DocumentKind = 'script';

/** The document route of the API: one document of one debt, as the server writes it. */
export const documentRoute = api.cases[':caseId'].documents[':kind'];

/** The request for one document: masked unless the person asked for full numbers. */
export function documentRequest(
  caseId: string,
  debtId: string,
  kind: DocumentKind,
  format: 'md' | 'docx',
  mask: boolean,
) {
  return {
    param: { caseId, kind },
    query: {
      debt: debtId,
      format, // The letter itself carries the full numbers; mask=true is the copy to share.
      ...(mask ? { mask: 'true' as const } : {}),
    },
  };
}

/** The same document as a link (the Word download). */
export function documentHref(request: ReturnType<typeof documentRequest>): string {
  return hrefOf(documentRoute.$url(request));
}

export interface DocumentChoice {
  debtId: string | undefined;
  kind: DocumentKind;
}

/**
 * `#/documents/<debt>/<kind>` → the choice it names, so other screens can link straight to a letter
 * and a reload keeps the choice. An unknown debt falls back to the first debt, an unknown kind to
 * the default kind: a stale link still opens a document.
 */
export function parseDocumentsRest(rest: string, debtIds: readonly string[]): DocumentChoice {
  const [debtPart = '', kindPart = ''] = rest.split('/');
  const wanted = safeDecode(debtPart);
  const debtId = debtIds.includes(wanted) ? wanted : debtIds[0];
  const kind = (DOCUMENT_KINDS as readonly string[]).includes(kindPart)
    ? (kindPart as DocumentKind)
    : DEFAULT_KIND;
  return { debtId, kind };
}

/** The route remainder for a choice: the inverse of parseDocumentsRest. */
export function documentsRest(debtId: string, kind: DocumentKind): string {
  return `${encodeURIComponent(debtId)}/${kind}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
