import type { InlineText, MarkdownBlock } from '@shangan/core';

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
