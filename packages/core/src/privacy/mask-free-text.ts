import { maskIdNumber, maskPhone } from './mask.js';

/**
 * Phone and ID numbers typed into free text (a contact's notes, what a collector said, the
 * circumstances, a title) are masked like the person's own fields: an export or a shared document
 * must not carry them in full unless the person asked for that (reveal).
 */

/**
 * Full-width digits, letters X, plus signs, hyphens and the ideographic space, as a Chinese input
 * method types them, folded to ASCII one UTF-16 unit for one, so that positions found in the
 * folded text are positions in the original.
 */
function fold(text: string): string {
  return text.replace(/[０-９Ｘｘ＋－‐‑–—\u3000]/g, (character) => {
    if (character === '\u3000') return ' ';
    if ('－‐‑–—'.includes(character)) return '-';
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  });
}

/** One space or hyphen between digit groups: "138 1234 5678", "110101-19900101-123X". */
const SEP = '[ -]?';
const digits = (count: number) => `\\d(?:${SEP}\\d){${count - 1}}`;

/** Not part of a longer number: no digit just before, nor a digit and a decimal point or comma. */
const NOT_AFTER_DIGITS = '(?<!\\d[.,]?)';

/**
 * A mainland mobile number (1, then 3–9, then nine digits), alone or after +86, 0086 or 86;
 * never inside a longer run of digits.
 */
const MOBILE = new RegExp(
  `(?:(?<=(?<!\\d)(?:\\+|00)?86${SEP})|${NOT_AFTER_DIGITS})1${SEP}[3-9]${SEP}${digits(9)}(?![.,]?\\d)`,
  'g',
);

/** An 18-character 居民身份证 number (17 digits and a digit or X) or a 15-digit one from before 1999. */
const ID_NUMBER = new RegExp(
  `${NOT_AFTER_DIGITS}(?:${digits(17)}${SEP}[\\dX]|${digits(15)})(?![.,]?[\\dX])`,
  'gi',
);

/** A plausible birth date inside an ID: month 01–12, day 01–31 (a contract number rarely has one). */
function hasBirthDate(id: string): boolean {
  const date = id.length === 18 ? id.slice(10, 14) : id.slice(8, 12);
  const month = Number(date.slice(0, 2));
  const day = Number(date.slice(2, 4));
  const year = id.length === 18 ? id.slice(6, 8) : '19';
  return (
    (year === '18' || year === '19' || year === '20') && month >= 1 && month <= 12 && day >= 1 && day <= 31
  );
}

/** `text` with every phone-like and ID-like number masked (138****5678, 110101********1234). */
export function maskIdentifiersInText(text: string): string {
  const folded = fold(text);
  const spans: { start: number; end: number; masked: string }[] = [];
  for (const match of folded.matchAll(ID_NUMBER)) {
    const id = match[0].replace(/[ -]/g, '').toUpperCase();
    if (id.slice(0, 1) !== '0' && hasBirthDate(id)) {
      spans.push({ start: match.index, end: match.index + match[0].length, masked: maskIdNumber(id) });
    }
  }
  for (const match of folded.matchAll(MOBILE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (spans.every((span) => end <= span.start || start >= span.end)) {
      spans.push({ start, end, masked: maskPhone(match[0]) });
    }
  }
  spans.sort((a, b) => b.start - a.start);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.masked + result.slice(span.end);
  return result;
}

/** Keys whose values other parts refer to (a debt's id): never text to mask. */
const REFERENCE_KEYS = new Set(['id', 'debtId', '$schema']);

/**
 * A copy of a case file (as written or parsed; any JSON-like value) with maskIdentifiersInText
 * applied to every string except references: the copy to export or share without reveal.
 */
export function maskCaseFileText<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskIdentifiersInText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, REFERENCE_KEYS.has(key) ? item : maskValue(item)]),
    );
  }
  return value;
}
