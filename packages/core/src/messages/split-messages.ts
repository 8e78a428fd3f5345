import type { CalendarDate } from '../dates/calendar-date.js';
import { isTimestampLine, readLeadingTimestamp } from './message-time.js';

/** A range [start, end) of the normalised text holding one message. */
export interface TextRange {
  start: number;
  end: number;
}

/** 【…】, possibly several in a row ("【某某金融】【重要提醒】"): one sender signature. */
const SIGNATURE_GROUP = /【[^【】\n]{1,30}】(?:\s*【[^【】\n]{1,30}】)*/g;
/** Lines such as "-----" or "=====" that people put between pasted messages. */
const SEPARATOR_LINE = /^[\s\-=_*~#·—]{3,}$/;
/** Where a sentence may end before a new signature starts: 。！？ and friends, or a line start. */
const SENTENCE_END = /[。.!?;…~)」"”\s]$/;

/**
 * Splits pasted text into messages. A new message starts at a blank or separator line, at a line
 * that starts with a timestamp or a 【signature】 (the way phones list messages), after a line that
 * ends with a signature, and inside a line wherever a second signature follows a finished sentence.
 * A line holding only a timestamp stays with the message below it, as its time.
 */
export function splitMessages(text: string, today: CalendarDate): TextRange[] {
  const blocks: TextRange[] = [];
  let current: TextRange | null = null;
  let hasContent = false;
  let previousEndsWithSignature = false;
  const close = () => {
    if (current !== null && hasContent) blocks.push(current);
    current = null;
    hasContent = false;
    previousEndsWithSignature = false;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '' || SEPARATOR_LINE.test(trimmed)) {
      close();
    } else if (isTimestampLine(trimmed, today)) {
      close();
      current = { start: lineStart, end: lineEnd };
    } else {
      const startsNew =
        readLeadingTimestamp(trimmed, today) !== null ||
        trimmed.startsWith('【') ||
        previousEndsWithSignature;
      if (startsNew && hasContent) close();
      if (current === null) current = { start: lineStart, end: lineEnd };
      current.end = lineEnd;
      hasContent = true;
      previousEndsWithSignature = /】$/.test(trimmed) && !/^【[^】]*】$/.test(trimmed);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return blocks.flatMap((block) => splitOnSignatures(text, block)).flatMap((range) => trim(text, range));
}

/**
 * Inside one block, several messages run together when each carries its own signature. Signatures
 * at the start ("【甲】……。【乙】……") split before each later one; signatures at the end
 * ("……【甲】……【乙】") split after each earlier one. Otherwise the block is one message.
 */
function splitOnSignatures(text: string, block: TextRange): TextRange[] {
  const body = text.slice(block.start, block.end);
  const groups = [...body.matchAll(SIGNATURE_GROUP)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (groups.length < 2) return [block];
  const first = groups[0] as TextRange;
  const last = groups[groups.length - 1] as TextRange;
  const cuts: number[] = [];
  const leading = body.slice(0, first.start);
  if (leading.trim() === '' || isOnlyTimestamp(leading)) {
    for (const group of groups.slice(1)) {
      if (SENTENCE_END.test(body.slice(0, group.start)) || body.slice(0, group.start).endsWith('\n'))
        cuts.push(group.start);
    }
  } else if (body.slice(last.end).trim() === '') {
    for (const group of groups.slice(0, -1)) {
      if (body.slice(group.end).trim() !== '') cuts.push(group.end);
    }
  }
  if (cuts.length === 0) return [block];
  const ranges: TextRange[] = [];
  let from = 0;
  for (const cut of cuts) {
    ranges.push({ start: block.start + from, end: block.start + cut });
    from = cut;
  }
  ranges.push({ start: block.start + from, end: block.end });
  return ranges;
}

/** A header such as "2026-11-03 22:40" before the first signature is part of the first message. */
function isOnlyTimestamp(text: string): boolean {
  return /^[\s\d\-/.:年月日号时分点上下午晚凌晨早中,]*$/.test(text);
}

function trim(text: string, range: TextRange): TextRange[] {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? [{ start, end }] : [];
}
