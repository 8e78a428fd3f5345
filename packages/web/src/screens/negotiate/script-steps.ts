import { type InlineText, type MarkdownBlock, parseMarkdownBlocks } from '@shangan/core';

/** One `##` section of the call script (or one `###` answer of its pushback section). */
export interface ScriptSection {
  heading: string;
  blocks: MarkdownBlock[];
}

/** The call script, cut into what the co-pilot shows one screen at a time. */
export interface CallScript {
  title: string;
  /** Warnings and how-to-use lines before the first section: shown on the first step. */
  preamble: MarkdownBlock[];
  /** The sections in order (before the call, opening, who they are, facts, offer, …, after the call). */
  steps: ScriptSection[];
  /** The script's own answers to pushbacks: the `###` parts of the section that has them. */
  pushbacks: ScriptSection[];
  /** What follows the closing rule (the "not legal advice" line). */
  footer: MarkdownBlock[];
}

/** Plain text of a line of runs (bold is a matter of display only). */
export function plainText(text: InlineText): string {
  return text.map((run) => run.text).join('');
}

/** A line the person reads out: the script puts it in Chinese quotation marks. */
export function isSpokenLine(text: InlineText): boolean {
  return plainText(text).trimStart().startsWith('“');
}

/**
 * Cuts the script's Markdown (GET …/documents/script?format=md) at its `##` headings. The section
 * with `###` sub-headings is the pushback section: it becomes the list of answers, not a step.
 */
export function splitCallScript(markdown: string): CallScript {
  const blocks = parseMarkdownBlocks(markdown);
  const ruleAt = blocks.map((block) => block.type).lastIndexOf('rule');
  const body = ruleAt < 0 ? blocks : blocks.slice(0, ruleAt);
  const footer = ruleAt < 0 ? [] : blocks.slice(ruleAt + 1);
  let title = '';
  const preamble: MarkdownBlock[] = [];
  const sections: ScriptSection[] = [];
  for (const block of body) {
    if (block.type === 'heading' && block.level === 1) title = plainText(block.text);
    else if (block.type === 'heading' && block.level === 2)
      sections.push({ heading: plainText(block.text), blocks: [] });
    else (sections.at(-1)?.blocks ?? preamble).push(block);
  }
  const pushbackSection = sections.find((section) =>
    section.blocks.some((block) => block.type === 'heading' && block.level === 3),
  );
  return {
    title,
    preamble,
    steps: sections.filter((section) => section !== pushbackSection),
    pushbacks: pushbackSection === undefined ? [] : splitAtSubheadings(pushbackSection.blocks),
    footer,
  };
}

function splitAtSubheadings(blocks: readonly MarkdownBlock[]): ScriptSection[] {
  const parts: ScriptSection[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 3)
      parts.push({ heading: plainText(block.text), blocks: [] });
    // Lines before the first `###` introduce the list; the buttons say the same.
    else parts.at(-1)?.blocks.push(block);
  }
  return parts;
}
