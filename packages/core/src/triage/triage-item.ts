import type { CalendarDate } from '../dates/calendar-date.js';
import type { CitationId } from '../law/citations.js';
import type { Fen } from '../money/fen.js';
import type { ContactFlag } from './contact-flags.js';

/** What is urgent, as a code with typed parameters; the text is rendered at the edge. */
export type TriageFacts =
  | {
      code: 'payment_order';
      params: { received: CalendarDate | null; deadline: CalendarDate | null; daysLeft: number | null };
    }
  | { code: 'lawsuit'; params: Record<string, never> }
  | { code: 'judgment'; params: Record<string, never> }
  | { code: 'abusive_collection'; params: { contacts: number; flags: ContactFlag[] } }
  | { code: 'card_principal_high'; params: { principal: Fen } }
  | {
      code: 'negotiation_window';
      params: { phase: 'before' | 'in' | 'after'; daysOverdue: number; opensOn: CalendarDate | null };
    }
  | { code: 'limitation_warning'; params: { since: CalendarDate } }
  | { code: 'unlicensed_lender'; params: Record<string, never> }
  | { code: 'budget_missing'; params: Record<string, never> };

export type TriageCode = TriageFacts['code'];

/**
 * now — a legal deadline or a risk that cannot wait; this_week — act within days; later — a date
 * to keep in mind.
 */
export type Urgency = 'now' | 'this_week' | 'later';

/** law — a rule with citations; experience — the seeds' authors' practice, labelled as such; fact — from the person's data. */
export type TriageBasis = 'law' | 'experience' | 'fact';

export type TriageItem = TriageFacts & {
  debtId: string | null;
  /** The deadline, or the day to act. */
  date: CalendarDate;
  urgency: Urgency;
  basis: TriageBasis;
  citations: CitationId[];
};
