import { caseFileSchema, type Debt, toValidationIssues, type ValidationIssue } from '@shangan/core';
import { type DebtDraft, type DebtInput, SPLIT_PARTS, type SplitPart } from './debt-draft';
import { type DraftIssue, isRowPart, issueWords, LOCAL_MESSAGES, rowField } from './draft-issue';
import { draftToDebt, type RowIndex } from './draft-to-debt';
import { intakeMessages } from './messages';
import type { Localized, Question } from './question-data';
import { askedQuestions } from './question-flow';

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
  const asked = askedQuestions(draft);
  for (const found of toValidationIssues(result.error, file)) {
    const issue = ownedIssue(asked, found, built.rowIndex);
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

/**
 * The question asked for this draft whose `owns` matches the longest start of the path (`*` matches
 * a list index): `principal` belongs to the loan's question or to the card's, whichever is asked.
 */
function ownerOf(asked: readonly Question[], segments: readonly string[]): Question | undefined {
  let best: { question: Question; length: number } | undefined;
  for (const question of asked) {
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

const LIST_OF: Partial<Record<Question['kind'], keyof RowIndex>> = {
  fees: 'fees',
  payments: 'payments',
  events: 'limitationEvents',
  offers: 'offers',
};

function ownedIssue(asked: readonly Question[], found: ValidationIssue, rowIndex: RowIndex): DraftIssue {
  const { path } = found;
  const segments = segmentsOf(path) ?? [];
  const question = ownerOf(asked, segments);
  if (question === undefined) {
    const where = segments.join('.') || path;
    const field: Localized = { zh: `其他资料（${where}）`, en: `Other details (${where})` };
    return { question: null, field, message: issueWords(found) };
  }
  // A rate's text is checked first (rateFormat), so the schema can only object to its size.
  const words =
    question.kind !== 'rate'
      ? issueWords(found)
      : question.rateKind === 'daily'
        ? LOCAL_MESSAGES.cardRateTooHigh
        : LOCAL_MESSAGES.rateTooHigh;
  const [, row, part] = segments;
  const list = LIST_OF[question.kind];
  if (list !== undefined && row !== undefined && /^\d+$/.test(row)) {
    const position = rowIndex[list][Number(row)] ?? Number(row);
    const field = rowField(question, position, part !== undefined && isRowPart(part) ? part : undefined);
    return { question: question.id, field, message: words };
  }
  // "欠款构成：违约金（罚息）": the part of the split the schema objects to.
  const splitPart = segments[0] === 'claimed' && segments[1] === 'split' ? segments[2] : undefined;
  if (question.kind === 'split' && splitPart !== undefined && isSplitPart(splitPart)) {
    const { zh, en } = intakeMessages;
    const field = {
      zh: `${question.field.zh}中的${zh.splitParts[splitPart]}`,
      en: `${question.field.en}: ${en.splitParts[splitPart]}`,
    };
    return { question: question.id, field, message: words };
  }
  return { question: question.id, field: question.field, message: words };
}

function isSplitPart(value: string): value is SplitPart {
  return (SPLIT_PARTS as readonly string[]).includes(value);
}
