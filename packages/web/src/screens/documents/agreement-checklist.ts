import type { CaseFileInput, InlineText, MarkdownBlock } from '@shangan/core';

/** One thing a written agreement must state, as the agreement document's checklist words it. */
export interface ChecklistItem {
  /** The bold lead of the item (还款总额, 停止催收…): short, and stable when amounts change. */
  label: string;
  /** The rest of the item: what the agreement must say, i.e. what to ask the lender for. */
  ask: string;
}

/**
 * The checklist items of the rendered agreement document. The template is the one source of what
 * an agreement must state, so the screen reads them from it rather than keeping a second list.
 */
export function agreementChecklist(blocks: readonly MarkdownBlock[]): ChecklistItem[] {
  return blocks.flatMap((block) =>
    block.type === 'checklist' ? block.items.map(({ text }) => split(text)) : [],
  );
}

function split(text: InlineText): ChecklistItem {
  const lead = text[0];
  if (lead?.bold !== true) return { label: plain(text), ask: '' };
  return { label: lead.text.trim(), ask: plain(text.slice(1)).replace(/^[：:]\s*/, '') };
}

function plain(text: InlineText): string {
  return text
    .map((run) => run.text)
    .join('')
    .trim();
}

/** The items not ticked yet, in the document's order. */
export function missingItems(items: readonly ChecklistItem[], ticked: ReadonlySet<string>): ChecklistItem[] {
  return items.filter((item) => !ticked.has(item.label));
}

/** Where the ticks of one debt's agreement are kept in this browser (the app's `shangan.` prefix). */
export function checklistStorageKey(caseId: string, debtId: string): string {
  return `shangan.agreementChecklist.${caseId}.${debtId}`;
}

/** Stored ticks → a set of item labels; anything unreadable counts as nothing ticked. */
export function parseTicks(stored: string | null): Set<string> {
  if (stored === null) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return new Set(Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

export function serializeTicks(ticked: ReadonlySet<string>): string {
  return JSON.stringify([...ticked]);
}

type RecordedAgreement = NonNullable<CaseFileInput['debts'][number]['agreement']>;

/**
 * What the recorded agreement itself shows is in writing, by the checklist's bold leads: its total
 * and its instalments always; what was waived and the grace days when recorded; the rest when the
 * terms' notes say so (the words a lender's agreement uses). Whatever it does not show stays for
 * the person to tick against the paper.
 */
const COVERED_BY: Record<string, (agreement: RecordedAgreement, notes: string) => boolean> = {
  还款总额: () => true,
  '期数、金额、日期': () => true,
  减免内容: (agreement) => agreement.terms?.waived !== undefined,
  停止催收: (_, notes) => /停止催收|不再催收/.test(notes),
  征信报送: (_, notes) => /征信/.test(notes),
  结清证明: (_, notes) => /结清证明|结清凭证|无债务证明/.test(notes),
  收款账户: (_, notes) => /对公|官方账户|官方收款|公司账户/.test(notes),
  某一期晚了怎么办: (agreement, notes) => Number(agreement.terms?.graceDays ?? 0) > 0 || /宽限/.test(notes),
  谁来签: (_, notes) => /盖章|公章|合同专用章/.test(notes),
};

/** The checklist's labels the recorded agreement covers (none without one). */
export function coveredByAgreement(
  items: readonly ChecklistItem[],
  agreement: RecordedAgreement | undefined,
): Set<string> {
  if (!agreement) return new Set();
  const notes = agreement.terms?.notes ?? '';
  return new Set(
    items.filter((item) => COVERED_BY[item.label]?.(agreement, notes) === true).map((i) => i.label),
  );
}
