/**
 * The limits of the banking association's 2026 collection guideline (industry self-regulation,
 * reported; cba-collection-guideline-2026), the same as triage/contact-flags.ts uses: no collection
 * between 22:00 and 08:00 without consent, and no more than 6 attempts a day.
 */
export const QUIET_FROM = '22:00';
export const QUIET_UNTIL = '08:00';
export const MAX_ATTEMPTS_A_DAY = 6;

/** 'HH:mm' in the quiet hours 22:00–08:00. */
export function isNightTime(time: string): boolean {
  return time >= QUIET_FROM || time < QUIET_UNTIL;
}

/** How many contacts fall on each day, from local times 'YYYY-MM-DDTHH:mm' (or just 'YYYY-MM-DD'). */
export function countAttemptsPerDay(times: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const at of times) {
    const day = at.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** The days with more than 6 attempts, oldest first. */
export function tooFrequentDays(times: Iterable<string>): string[] {
  return [...countAttemptsPerDay(times)]
    .filter(([, count]) => count > MAX_ATTEMPTS_A_DAY)
    .map(([day]) => day)
    .sort();
}
