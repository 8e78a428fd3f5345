const pad = (value: number) => String(value).padStart(2, '0');

/** A moment as the person's own clock shows it, to the minute: `2026-11-03T22:40` (a contact's `at`). */
export function toLocalMinute(moment: Date): string {
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/**
 * A server instant (`2026-11-21T08:00:00.123456Z`, microseconds included) in local time as
 * `2026-11-21 16:00`. The fraction is cut to milliseconds first: not every engine parses six digits.
 */
export function showInstant(instant: string): string {
  const moment = new Date(instant.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(moment.getTime()) ? instant : toLocalMinute(moment).replace('T', ' ');
}

/** A contact's local `2026-11-03T22:40` as `2026-11-03 22:40`. */
export function showLocalMinute(at: string): string {
  return at.replace('T', ' ');
}
