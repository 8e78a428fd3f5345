import { type DebtDraft, isBlankRow, type ListField } from './debt-draft';
import { type DraftIssue, LOCAL_MESSAGES, type RowPart, rowField } from './draft-issue';
import { type QuestionId, questionById } from './question-data';

export type Fail = (
  question: QuestionId,
  message: DraftIssue['message'],
  field?: DraftIssue['field'],
) => void;

/**
 * The rows of a list answer the person filled in, with the position of each in the list shown (an
 * empty row is no row); a half-filled row names each required part it lacks.
 */
export function listRows<K extends RowPart>(
  draft: DebtDraft,
  list: ListField,
  required: readonly K[],
  fail: Fail,
): { rows: Record<string, string>[]; index: number[] } {
  const question = questionById(list);
  const rows: Record<string, string>[] = [];
  const index: number[] = [];
  (draft[list] as unknown as Record<string, string>[]).forEach((row, position) => {
    if (isBlankRow(row)) return;
    rows.push(row);
    index.push(position);
    for (const part of required) {
      if ((row[part] ?? '').trim() === '') {
        const message = part === 'when' || part === 'kind' ? LOCAL_MESSAGES.choose : LOCAL_MESSAGES.required;
        fail(list, message, rowField(question, position, part));
      }
    }
  });
  return { rows, index };
}
