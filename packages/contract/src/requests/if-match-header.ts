import { z } from 'zod';

/**
 * The request header of every write that edits the case file (PUT /api/cases/:caseId): the ETag of
 * the case as the client last read it (GET /api/cases/:caseId answers it, and so does every such
 * write). Without it the server answers 428 precondition_required; when another write came first,
 * 412 precondition_failed with the current revision, and nothing is stored (ADR 0022).
 * Header names arrive in lower case.
 */
export const ifMatchHeader = z.object({ 'if-match': z.string() });
