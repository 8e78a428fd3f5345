import type { CaseFile } from '../case/case-schema.js';
import type { ValidationIssue } from '../case/validation-issue.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { documentKindsFor, kindNotApplicableReason } from '../documents/applicable-kinds.js';
import type { DocumentFormat, DocumentKind } from '../documents/document-kinds.js';
import { type DocxRenderer, type RenderedDocument, renderDocument } from '../documents/render-document.js';
import type { LprTable } from '../lpr/lpr-table.js';
import type { StrategyName } from '../plan/plan-types.js';
import { maskCaseFileText } from '../privacy/mask-free-text.js';
import { planCaseFile } from './plan-case-file.js';
import type { UseCaseResult } from './use-case-result.js';

export interface WriteDocumentRequest {
  caseFile: CaseFile;
  lpr: LprTable;
  asOf?: CalendarDate | undefined;
  debtId: string;
  kind: DocumentKind;
  format: DocumentFormat;
  /** Whose offer the letter puts forward; pro_rata by default. */
  strategy?: StrategyName | undefined;
  /**
   * Mask the phone and ID numbers, the person's own and any typed into text: the copy to share. The letter the lender or the court receives
   * carries them in full, so the default is false.
   */
  mask?: boolean | undefined;
  /** Needed for format 'docx': `renderDocx` of `@shangan/docx`. */
  renderDocx?: DocxRenderer | undefined;
}

/**
 * The kind asked for does not fit the debt (an unlicensed lender, limitation not run…): the front
 * ends name the kinds that do (CLI exit 2, HTTP 400 `document_not_applicable`).
 */
export interface DocumentNotApplicable {
  ok: false;
  code: 'document_not_applicable';
  issues: (ValidationIssue & { code: 'kind_not_applicable' })[];
  applicable: DocumentKind[];
}

export type WriteDocumentResult = UseCaseResult<RenderedDocument> | DocumentNotApplicable;

/** `shangan letter` / `GET …/documents/:kind`: one document for one debt of a case file. */
export async function writeDocument(request: WriteDocumentRequest): Promise<WriteDocumentResult> {
  const planned = planCaseFile({
    caseFile: request.caseFile,
    lpr: request.lpr,
    asOf: request.asOf,
    options: request.strategy ? { strategies: [request.strategy] } : {},
  });
  if (!planned.ok) return planned;
  const { caseFile, analysis, plan } = planned.value;
  const debtAnalysis = analysis.debts.find((debt) => debt.id === request.debtId);
  if (!debtAnalysis) {
    const known = caseFile.debts.map((debt) => debt.id);
    return {
      ok: false,
      issues: [{ path: 'debt', code: 'unknown_debt', params: { id: request.debtId, known } }],
    };
  }
  const reason = kindNotApplicableReason(debtAnalysis, request.kind);
  if (reason !== null) {
    const applicable = documentKindsFor(debtAnalysis);
    return {
      ok: false,
      code: 'document_not_applicable',
      issues: [
        { path: 'kind', code: 'kind_not_applicable', params: { kind: request.kind, reason, applicable } },
      ],
      applicable,
    };
  }
  const document = await renderDocument(
    {
      // The shared copy also masks the numbers typed into text (what a collector said, notes).
      caseFile: request.mask ? maskCaseFileText(caseFile) : caseFile,
      analysis,
      plan,
      debtId: request.debtId,
      ...(request.strategy ? { strategy: request.strategy } : {}),
      mask: request.mask ?? false,
    },
    request.kind,
    request.format,
    request.renderDocx,
  );
  return { ok: true, value: document };
}
