import { caseFileSchema, type Debt, toValidationIssues } from '@shangan/core';
import type { DebtDraft, DebtInput } from './debt-draft';
import { type DraftIssue, isRowPart, LOCAL_MESSAGES, rowField, splitBilingual } from './draft-issue';
import { draftToDebt } from './draft-to-debt';
import { type Localized, QUESTIONS, type Question } from './question-data';

export interface DraftCheck {
  /** The debt as it would be saved. */
  debt: DebtInput;
  /** The debt as the core reads it (amounts in fen), when there is no issue at all. */
  parsed: Debt | undefined;
  issues: DraftIssue[];
}

/**
 * Checks a draft the way the server will: the core's case-file schema on a file holding this one
 * debt at the case's analysis date. Each problem is sent back to the question that owns the field,
 * so the person can be taken to it. The interview's own checks (something missing) come first; the
 * schema's word on a question that already has one is left out, so each answer shows one message.
 */
export function checkDraft(draft: DebtDraft, asOf: string): DraftCheck {
  const built = draftToDebt(draft, asOf);
  const file = { version: 1, asOf, debts: [built.debt] };
  const result = caseFileSchema.safeParse(file);
  if (result.success) {
    return {
      debt: built.debt,
      parsed: built.issues.length === 0 ? result.data.debts[0] : undefined,
      issues: built.issues,
    };
  }
  const local = new Set(built.issues.map((issue) => issue.question));
  const seen = new Set(built.issues.map(issueKey));
  const issues = [...built.issues];
  for (const found of toValidationIssues(result.error, file)) {
    const issue = ownedIssue(found.path, found.message, built.rowIndex);
    if (local.has(issue.question) || seen.has(issueKey(issue))) continue;
    seen.add(issueKey(issue));
    issues.push(issue);
  }
  return { debt: built.debt, parsed: undefined, issues };
}

function issueKey(issue: DraftIssue): string {
  return `${issue.question}|${issue.field.zh}|${issue.message.zh}`;
}

/** "debts[0].schedule[3].amount" → ['schedule', '3', 'amount']; undefined outside this debt. */
function segmentsOf(path: string): string[] | undefined {
  const prefix = 'debts[0]';
  if (!path.startsWith(prefix)) return undefined;
  return path
    .slice(prefix.length)
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '');
}

/** The question whose `owns` matches the longest start of the path (`*` matches a list index). */
function ownerOf(segments: readonly string[]): Question | undefined {
  let best: { question: Question; length: number } | undefined;
  for (const question of QUESTIONS) {
    for (const owned of question.owns) {
      const pattern = owned.split('.');
      const matches =
        pattern.length <= segments.length &&
        pattern.every((part, index) =>
          part === '*' ? /^\d+$/.test(segments[index] ?? '') : part === segments[index],
        );
      if (matches && (best === undefined || pattern.length > best.length)) {
        best = { question, length: pattern.length };
      }
    }
  }
  return best?.question;
}

function ownedIssue(
  path: string,
  message: string,
  rowIndex: { fees: number[]; payments: number[] },
): DraftIssue {
  const segments = segmentsOf(path) ?? [];
  const question = ownerOf(segments);
  if (question === undefined) {
    const where = segments.join('.') || path;
    const field: Localized = { zh: `其他资料（${where}）`, en: `Other details (${where})` };
    return { question: null, field, message: splitBilingual(message) };
  }
  // The rate's text is checked first (rateFormat), so the schema can only object to its size.
  const words = question.id === 'rate' ? LOCAL_MESSAGES.rateTooHigh : splitBilingual(message);
  const [, row, part] = segments;
  if ((question.id === 'fees' || question.id === 'payments') && row !== undefined && /^\d+$/.test(row)) {
    const position = rowIndex[question.id][Number(row)] ?? Number(row);
    const field = rowField(question, position, part !== undefined && isRowPart(part) ? part : undefined);
    return { question: question.id, field, message: words };
  }
  return { question: question.id, field: question.field, message: words };
}
