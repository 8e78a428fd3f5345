import type { CaseFile } from '../case/case-schema.js';
import { contactSchema } from '../case/contact-schema.js';
import type { ValidationIssue } from '../case/validation-issue.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { LenderType } from '../law/lender-type.js';
import { extractMessages } from '../messages/extract-messages.js';
import { flagBasis } from '../messages/flag-basis.js';
import {
  entriesFromContacts,
  type HarassmentEntry,
  type HarassmentSummary,
  summarizeHarassment,
} from '../messages/harassment-summary.js';
import { linkDebt } from '../messages/link-debt.js';
import type { ExtractedMessage, MessageKind } from '../messages/message-types.js';
import { type ContactDraft, toContactDraft } from '../messages/to-contact.js';
import type { UseCaseResult } from './use-case-result.js';

/** Pasted text above this is no batch of messages (a whole chat export is a few hundred KB at most). */
export const MAX_PASTED_CHARS = 500_000;
/** The contact log keeps at most this much of what the other side said (case/contact-schema.ts). */
const MAX_MESSAGE_CHARS = 5000;

export interface ImportMessagesRequest {
  /** The pasted messages, as the person pasted them. */
  text: string;
  today: CalendarDate;
  /** The case, to link each message to its debt; without it every message stays unlinked. */
  caseFile?: CaseFile | undefined;
  /** The debt all these messages are about, when the person says so. */
  debtId?: string | undefined;
}

/** A draft entry with whether the same text is already in that debt's log. */
export type ImportedDraft = ContactDraft & { alreadyLogged: boolean };

export interface MessageImport {
  messages: ExtractedMessage[];
  /** One draft contact per collection message or call; ordinary notices get none. */
  drafts: ImportedDraft[];
  /** The ordinary notices (reminders, codes, adverts): read, not logged. */
  skipped: { messageIndex: number; kind: MessageKind }[];
  /**
   * Per linked debt (its log with these drafts), and one for the unlinked messages (debtId null).
   * Messages without a date are left out of the days (the person dates them first).
   */
  summaries: { debtId: string | null; lenderType: LenderType; summary: HarassmentSummary }[];
}

/** Kinds that are collection contacts and belong in the log. */
const LOGGED_KINDS: ReadonlySet<MessageKind> = new Set(['collection', 'call_summary', 'other']);

/**
 * `shangan message` / the paste screen: extract the messages, link each to its debt, draft its
 * contact-log entry (original text verbatim, with its SHA-256) and summarise the harassment per day
 * for the complaint letter. Nothing is stored here: the person confirms the drafts first.
 */
export function importMessages(request: ImportMessagesRequest): UseCaseResult<MessageImport> {
  const { text, today, caseFile, debtId } = request;
  const issues = checkRequest(request);
  if (issues.length > 0) return { ok: false, issues };
  const debts = caseFile?.debts ?? [];
  const chosen = debtId === undefined ? undefined : debts.find((debt) => debt.id === debtId);
  const extracted = extractMessages(text, {
    today,
    illegalDebt: chosen?.lenderType === 'unlicensed',
    earlierContacts: chosen?.contacts.filter((c) => c.direction === 'incoming').map((c) => c.at) ?? [],
  });
  const tooLong = extracted.find((message) => message.text.length > MAX_MESSAGE_CHARS);
  if (tooLong) {
    return {
      ok: false,
      issues: [
        {
          path: `messages[${tooLong.index}]`,
          code: 'message_too_long',
          params: { number: tooLong.index + 1, max: MAX_MESSAGE_CHARS },
        },
      ],
    };
  }
  const drafts: ImportedDraft[] = [];
  const skipped: MessageImport['skipped'] = [];
  const messages = extracted.map((message) => {
    const link = linkDebt(message, debts, debtId);
    const debt = link.debtId === null ? undefined : debts.find((entry) => entry.id === link.debtId);
    // 刑法第293条之一 is cited only where the debt is itself illegal: known once the debt is.
    const read = debt?.lenderType === 'unlicensed' ? withIllegalDebtBasis(message) : message;
    if (!LOGGED_KINDS.has(read.kind.value)) {
      skipped.push({ messageIndex: read.index, kind: read.kind.value });
      return read;
    }
    const draft = toContactDraft(read, link, today);
    const alreadyLogged =
      debt?.contacts.some((contact) => contact.theySaid === draft.contact.theySaid) ?? false;
    drafts.push({ ...draft, alreadyLogged });
    return read;
  });
  return { ok: true, value: { messages, drafts, skipped, summaries: summarize(drafts, messages, caseFile) } };
}

function checkRequest({ text, caseFile, debtId }: ImportMessagesRequest): ValidationIssue[] {
  if (text.length > MAX_PASTED_CHARS) {
    return [
      {
        path: 'text',
        code: 'too_big',
        params: { origin: 'text', maximum: MAX_PASTED_CHARS, inclusive: true },
      },
    ];
  }
  if (text.trim() === '') {
    return [{ path: 'text', code: 'no_messages', params: {} }];
  }
  if (debtId !== undefined && caseFile === undefined) {
    return [{ path: 'debtId', code: 'debt_needs_case_file', params: {} }];
  }
  if (debtId !== undefined && caseFile && !caseFile.debts.some((debt) => debt.id === debtId)) {
    const known = caseFile.debts.map((debt) => debt.id);
    return [{ path: 'debtId', code: 'unknown_debt', params: { id: debtId, known } }];
  }
  return [];
}

function withIllegalDebtBasis(message: ExtractedMessage): ExtractedMessage {
  return {
    ...message,
    flags: message.flags.map((flag) => ({ ...flag, citations: flagBasis(flag.code, true).citations })),
  };
}

function summarize(
  drafts: readonly ImportedDraft[],
  messages: readonly ExtractedMessage[],
  caseFile: CaseFile | undefined,
): MessageImport['summaries'] {
  const entryOf = (draft: ImportedDraft): HarassmentEntry => {
    const flags = messages[draft.messageIndex]?.flags ?? [];
    return {
      at: draft.contact.at,
      channel: draft.contact.channel,
      flags: flags.map((flag) => flag.code),
      threat: flags.some((flag) => flag.code === 'insult_or_threat' && flag.threat === true),
    };
  };
  // A message without a date would be counted on a day it may not belong to: it stays out.
  const dated = drafts.filter((draft) => !draft.assumed.includes('date'));
  const summaries: MessageImport['summaries'] = [];
  for (const debt of caseFile?.debts ?? []) {
    const mine = dated.filter((draft) => draft.link.debtId === debt.id && !draft.alreadyLogged);
    if (mine.length === 0) continue;
    const entries = [...entriesFromContacts(debt.contacts), ...mine.map(entryOf)];
    summaries.push({
      debtId: debt.id,
      lenderType: debt.lenderType,
      summary: summarizeHarassment(entries, debt.lenderType),
    });
  }
  const unlinked = dated.filter((draft) => draft.link.debtId === null);
  if (unlinked.length > 0) {
    summaries.push({
      debtId: null,
      lenderType: 'unknown',
      summary: summarizeHarassment(unlinked.map(entryOf), 'unknown'),
    });
  }
  return summaries;
}

/** Checks a draft against the contact-log schema (the same check the log applies on saving). */
export function validateDraft(draft: ContactDraft): boolean {
  return contactSchema.safeParse(draft.contact).success;
}
