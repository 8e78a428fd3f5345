import type { ContactChannel } from '../case/contact-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { CitationId } from '../law/citations.js';
import type { Fen } from '../money/fen.js';

/**
 * How sure the extraction is of one value or flag: high — an explicit label or an unambiguous
 * phrase ("工号1234", "爆通讯录"); medium — a likely reading that the person should glance at;
 * low — a guess the person has to confirm. Not the C/S/M confidence of legal sources.
 */
export type ExtractionConfidence = 'high' | 'medium' | 'low';

/** One value read from a message, with how sure we are. */
export interface Extracted<T> {
  value: T;
  confidence: ExtractionConfidence;
}

/**
 * What a message is: a collection message, a call summary the person wrote, or an ordinary notice
 * from a lender (a repayment reminder, a verification code, marketing) that is no harassment.
 */
export const MESSAGE_KINDS = [
  'collection',
  'call_summary',
  'repayment_reminder',
  'verification_code',
  'marketing',
  'other',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What a message may show about the way a debt is collected (shared/reference/legal.md §6). */
export const MESSAGE_FLAGS = [
  'threat_lawsuit',
  'threat_visit',
  'third_party_contact',
  'contact_list_exposure',
  'impersonation_authority',
  'personal_account',
  'credit_repair_scam',
  'insult_or_threat',
  'night_contact',
  'too_frequent',
] as const;
export type MessageFlagCode = (typeof MESSAGE_FLAGS)[number];

/**
 * info — lawful in itself, worth knowing (a creditor may sue); warning — likely against the rules
 * cited; serious — keep the evidence and consider the police or a regulator at once.
 */
export type FlagSeverity = 'info' | 'warning' | 'serious';

export interface MessageFlag {
  code: MessageFlagCode;
  confidence: ExtractionConfidence;
  severity: FlagSeverity;
  /** The legal sources behind the flag (C/S only); empty where the basis is safety practice. */
  citations: CitationId[];
  /** The words that raised the flag, as pasted (empty for flags computed from times). */
  evidence: string;
  /** For insult_or_threat: which of the two it is (both may be true). */
  insult?: boolean;
  threat?: boolean;
  /** For too_frequent: how many contacts that day. */
  attempts?: number;
}

/** When the message was received, as far as the pasted text says. */
export interface MessageTime {
  date: CalendarDate | null;
  /** 'HH:mm', 24-hour. */
  time: string | null;
  confidence: ExtractionConfidence;
}

/** Everything read from one message. Absent values are null, never guessed silently. */
export interface ExtractedMessage {
  /** Position among the pasted messages, from 0. */
  index: number;
  /** The message exactly as pasted (trimmed of surrounding blank space): the evidence. */
  text: string;
  kind: Extracted<MessageKind>;
  channel: Extracted<ContactChannel>;
  receivedAt: MessageTime | null;
  signature: Extracted<string> | null;
  lender: Extracted<string> | null;
  amount: Extracted<Fen> | null;
  overdueDays: Extracted<number> | null;
  deadline: Extracted<CalendarDate> | null;
  callbackNumber: Extracted<string> | null;
  staffId: Extracted<string> | null;
  flags: MessageFlag[];
}
