import type { CalendarDate } from '../dates/calendar-date.js';
import type { DocumentFormat, DocumentKind } from '../documents/document-kinds.js';
import { type DocxRenderer, type RenderedDocument, renderDocument } from '../documents/render-document.js';
import type { LprTable } from '../lpr/lpr-table.js';
import type { StrategyName } from '../plan/plan-types.js';
import { planCaseFile } from './plan-case-file.js';
import type { UseCaseResult } from './use-case-result.js';

export interface WriteDocumentRequest {
  text: string;
  lpr: LprTable;
  asOf?: CalendarDate | undefined;
  debtId: string;
  kind: DocumentKind;
  format: DocumentFormat;
  /** Whose offer the letter puts forward; pro_rata by default. */
  strategy?: StrategyName | undefined;
  /** Print the full phone and ID numbers instead of masked ones. */
  reveal?: boolean | undefined;
  /** Needed for format 'docx': `renderDocx` of `@shangan/docx`. */
  renderDocx?: DocxRenderer | undefined;
}

/** `shangan letter` / `GET …/documents/:kind`: one document for one debt of a case file. */
export async function writeDocument(request: WriteDocumentRequest): Promise<UseCaseResult<RenderedDocument>> {
  const planned = planCaseFile({
    text: request.text,
    lpr: request.lpr,
    asOf: request.asOf,
    options: request.strategy ? { strategies: [request.strategy] } : {},
  });
  if (!planned.ok) return planned;
  const { caseFile, analysis, plan } = planned.value;
  if (!caseFile.debts.some((debt) => debt.id === request.debtId)) {
    const ids = caseFile.debts.map((debt) => debt.id).join(', ') || '（无）';
    return {
      ok: false,
      issues: [
        {
          path: 'debt',
          message: `没有编号为 ${request.debtId} 的债务；可用的编号：${ids} (no such debt id)`,
        },
      ],
    };
  }
  const document = await renderDocument(
    {
      caseFile,
      analysis,
      plan,
      debtId: request.debtId,
      ...(request.strategy ? { strategy: request.strategy } : {}),
      reveal: request.reveal ?? false,
    },
    request.kind,
    request.format,
    request.renderDocx,
  );
  return { ok: true, value: document };
}
