import {
  ACKNOWLEDGING_KINDS,
  analyzeCaseFile,
  type CaseFileInput,
  createLprTable,
  DOCUMENT_KINDS,
  type DocumentKind,
  documentKindsFor,
  type LprTable,
  validateCaseFile,
} from '@shangan/core';

/** What the documents screen needs to know about one debt. */
export interface DebtDocuments {
  /** The kinds that fit it, in the order the person needs them (core `documentKindsFor`). */
  kinds: DocumentKind[];
  /** Limitation may have run: letters that acknowledge the debt can restart it or waive the defence. */
  limitationExpired: boolean;
  /** The lender is, or looks, unlicensed: no negotiation documents, the police report instead. */
  unlicensed: boolean;
}

let lpr: LprTable | undefined;

/**
 * The documents of every debt, computed in the browser with the core the server runs (built-in LPR
 * table), so the list offers exactly the kinds the server will write. A case the core cannot read
 * (the server would refuse it too) offers every kind and lets the server explain.
 */
export function debtDocuments(caseFile: CaseFileInput): Map<string, DebtDocuments> {
  lpr ??= createLprTable();
  const parsed = validateCaseFile(caseFile);
  const result = parsed.ok ? analyzeCaseFile({ caseFile: parsed.value, lpr }) : parsed;
  if (!result.ok) {
    return new Map(
      caseFile.debts.map((debt) => [
        debt.id,
        { kinds: [...DOCUMENT_KINDS], limitationExpired: false, unlicensed: false },
      ]),
    );
  }
  return new Map(
    result.value.analysis.debts.map((debt) => [
      debt.id,
      {
        kinds: documentKindsFor(debt),
        limitationExpired: debt.legal.limitation.state === 'possibly_expired',
        unlicensed: debt.unlicensed !== null,
      },
    ]),
  );
}

/** Whether to warn before this document: it acknowledges a debt whose limitation may have run. */
export function warnsOfLimitation(documents: DebtDocuments | undefined, kind: DocumentKind): boolean {
  return documents?.limitationExpired === true && ACKNOWLEDGING_KINDS.includes(kind);
}
