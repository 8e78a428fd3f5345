import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-chars.js';

/**
 * Message text prepared for matching: full-width letters, digits and punctuation folded to ASCII
 * (NFKC: "１，２３４．５６" → "1,234.56", "：" → ":", "￥" → "¥"), traditional characters folded to
 * simplified, and every line break written as "\n". The original is never changed: `toOriginal`
 * maps a range of the normalised text back to the exact characters the person pasted.
 */
export interface NormalizedText {
  text: string;
  /** The original slice behind normalised [start, end). */
  toOriginal(start: number, end: number): string;
}

export function normalizeText(original: string): NormalizedText {
  let text = '';
  // For every UTF-16 unit of `text`: where its source character starts and ends in `original`.
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of original) {
    // "\r\n" is one line break: the "\r" folds to nothing, a lone "\r" to "\n".
    const folded = char === '\r' && original[offset + 1] === '\n' ? '' : foldChar(char);
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    text += folded;
    offset += char.length;
  }
  return {
    text,
    toOriginal(start, end) {
      if (end <= start) return '';
      return original.slice(starts[start] ?? original.length, ends[end - 1] ?? original.length);
    },
  };
}

/** The normalised form of one character; also used to compare lender names. */
function foldChar(char: string): string {
  if (char === '\r') return '\n';
  // NFKC turns the ideographic space into a plain one and 【】 stay as they are.
  let folded = char.normalize('NFKC');
  if (folded.length === 1) folded = TRADITIONAL_TO_SIMPLIFIED.get(folded) ?? folded;
  return folded;
}

/** The normalised text alone, e.g. to compare a lender's name with a message's signature. */
export function foldText(text: string): string {
  return normalizeText(text).text;
}
