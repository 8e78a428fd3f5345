/**
 * How sure we are of a legal fact (tags of shared/reference/legal.md, see docs/adr/0004):
 * C — confirmed in the primary text; S — seen in a secondary source; M — unverified.
 * Only C and S are ever shown to users as cited law; M items stay internal open questions.
 */
export type Confidence = 'C' | 'S' | 'M';

export interface Citation {
  id: string;
  /** The instrument's name as courts cite it. */
  law: string;
  /** 第X条, or a part of an instrument. */
  article: string;
  /** Which text: number of the instrument and when that version took effect. */
  version: string;
  confidence: Confidence;
  /** What the article says, in our own words (never copied statute text in templates). */
  summary: { zh: string; en: string };
  /** Where the text was read. */
  source: string;
}
