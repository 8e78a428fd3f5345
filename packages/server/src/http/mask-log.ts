/** Between the digits of a number as people type it: nothing, one space, hyphen or dot. */
const SEP = '[ \\-.]?';
/** A mainland ID number (18 characters, the last a digit or X), digits grouped or not. */
const ID_NUMBER = new RegExp(`(?<![\\dXx])\\d(?:${SEP}\\d){16}${SEP}[\\dXx](?![\\dXx])`, 'g');
/** A mainland mobile number: 1[3-9] and nine digits, grouped or not, with +86 / 0086 / 86 or not. */
const MOBILE = new RegExp(`(?<!\\d)((?:\\+|00)?86[ \\-]?)?(1[3-9]\\d(?:${SEP}\\d){8})(?!\\d)`, 'g');

/**
 * Masks mainland mobile numbers and ID numbers in anything written to the log, so a request that
 * carries them (an error message quoting input, say) never puts them on disk in full. Numbers are
 * caught as people write them: `+86 138-1234-5678`, `138 1234 5678`, `110101 19900307 123X`.
 */
export function maskSensitive(text: string): string {
  return text
    .replace(ID_NUMBER, (id) => {
      const chars = id.replace(/[ \-.]/g, '');
      return `${chars.slice(0, 6)}********${chars.slice(14)}`;
    })
    .replace(MOBILE, (_whole, prefix: string | undefined, number: string) => {
      const digits = number.replace(/[ \-.]/g, '');
      return `${prefix ?? ''}${digits.slice(0, 3)}****${digits.slice(7)}`;
    });
}

/** Guards the walk down `cause`: a cycle, or an absurd chain, stops here. */
const MAX_CAUSES = 8;

interface DatabaseFailure {
  code?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

/**
 * The log line of an unexpected error. A database error is named by its SQLSTATE and the table,
 * column and constraint it concerns, and nothing else: its message, detail ("Failing row
 * contains …"), the query and its parameters (which drizzle's DrizzleQueryError and PGlite's
 * error carry, and print in their message and stack) hold the person's data: contact notes,
 * names, numbers, whole evidence files as lists of bytes. Anything else is logged with its stack,
 * masked.
 */
export function failureLogText(error: unknown): string {
  const chain: unknown[] = [];
  for (let at: unknown = error; at instanceof Error && chain.length < MAX_CAUSES; at = at.cause)
    chain.push(at);
  // drizzle's DrizzleQueryError and PGlite's error carry `query`; node-postgres's, `severity`.
  const fromDatabase = chain.some(
    (part) => typeof part === 'object' && part !== null && ('query' in part || 'severity' in part),
  );
  if (!fromDatabase) {
    return maskSensitive(error instanceof Error ? (error.stack ?? String(error)) : String(error));
  }
  const failure = chain.find((part) => typeof (part as DatabaseFailure).code === 'string') as
    | DatabaseFailure
    | undefined;
  const named = (label: string, value: unknown) => (typeof value === 'string' ? ` ${label} ${value}` : '');
  const facts = failure
    ? `${String(failure.code)}${named('table', failure.table)}${named('column', failure.column)}${named('constraint', failure.constraint)}`
    : 'without a code';
  const frames = (error as Error).stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  return maskSensitive([`database error ${facts}`, ...frames].join('\n'));
}
