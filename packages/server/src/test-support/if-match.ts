/**
 * For tests that edit a case over HTTP: the If-Match header every such write needs (ADR 0022),
 * naming the revision the case is at now.
 */

/** The If-Match header that names the revision a response's ETag gives. */
export function ifMatchOf(response: Response): { 'if-match': string } {
  const etag = response.headers.get('etag');
  if (etag === null) throw new Error(`no ETag on ${response.status} ${response.url}`);
  return { 'if-match': etag };
}

/** The If-Match header for the case as GET /api/cases/:caseId answers it now; `get` sends a GET. */
export async function currentIfMatch(
  get: (path: string) => Response | Promise<Response>,
  caseId: string,
): Promise<{ 'if-match': string }> {
  const response = await get(`/api/cases/${caseId}`);
  if (response.status !== 200) throw new Error(`GET case ${caseId}: ${response.status}`);
  return ifMatchOf(response);
}
