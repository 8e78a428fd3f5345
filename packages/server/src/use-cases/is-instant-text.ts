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
