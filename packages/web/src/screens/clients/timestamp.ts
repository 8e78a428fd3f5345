/**
 * A stored timestamp as the database sends it (`2026-11-21 15:30:12.271+00`) → a Date. PostgreSQL's
 * text form is not ISO 8601 (a space, an hour-only offset), which not every browser parses.
 * Undefined for text that is not a timestamp, so the screen shows it as sent rather than "Invalid Date".
 */
export function parseTimestamp(text: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
    text.trim(),
  );
  if (match === null) return undefined;
  const [, day, time, zone = 'Z'] = match;
  const offset =
    zone === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = new Date(`${day}T${time}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The timestamp in the person's own time zone and language, or the text itself if unreadable. */
export function showTimestamp(text: string, locale: 'zh' | 'en'): string {
  const date = parseTimestamp(text);
  if (date === undefined) return text;
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
