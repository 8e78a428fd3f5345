/**
 * One message being read: its normalised text (see normalize-text.ts), what follows its leading
 * timestamp, and a way back to the words as pasted, so that evidence is quoted exactly.
 */
export interface MessageText {
  /** Normalised: half-width, simplified, "\n" line breaks. */
  text: string;
  /** Where the message body starts, after a leading timestamp. */
  bodyStart: number;
  /** The original characters behind normalised [start, end) of `text`. */
  quote(start: number, end: number): string;
}
