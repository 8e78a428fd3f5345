import { z } from 'zod';

/**
 * What an evidence file may be, whether uploaded or restored from an export: the same rules both
 * ways, so an archive cannot bring in what an upload would refuse.
 */

/** Media types accepted as evidence: recordings, screenshots and photos, PDFs, plain text. */
export const EVIDENCE_MEDIA_TYPES =
  /^(audio\/[\w.+-]+|image\/(png|jpeg|gif|webp|heic)|application\/pdf|text\/plain)$/;

/** A file name, never a path: it becomes part of a zip entry's name in an export. */
export const evidenceFileName = z
  .string()
  .trim()
  .min(1, '必填 (required)')
  .max(200, '不能超过200个字符 (at most 200)')
  .regex(/^[^/\\\0]+$/, '文件名不能包含路径 (a file name, not a path)');

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-](\d{2})(:?(\d{2}))?)$/;

/**
 * A point in time as PostgreSQL writes a timestamptz ('2026-11-21 14:34:34.246+00') or as ISO 8601
 * ('2026-11-21T14:34:34.246Z'), on a day that exists: what the database will take back as it is.
 */
export function isInstantText(text: string): boolean {
  const match = INSTANT.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day));
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  return (
    (year as number) >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 60 &&
    offsetHours <= 15 &&
    offsetMinutes < 60
  );
}
