import { expectOk } from '../../api/client';
import { type Resource, useResource } from '../../api/use-resource';
import { documentHref, type documentRequest, documentRoute } from './document-links';

/**
 * Loads a document's Markdown and loads it again when the request or the case's save counter
 * changes. An answer to an older request is dropped, so a quick change of debt never shows the
 * previous debt's letter.
 */
export function useDocumentText(
  request: ReturnType<typeof documentRequest>,
  version: number,
): Resource<string> {
  return useResource(() => expectOk(documentRoute.$get(request)), [documentHref(request), version]);
}
