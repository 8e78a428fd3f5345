import type { CalendarDate } from '../dates/calendar-date.js';
import { classifyMessage } from './classify-message.js';
import { countAttemptsPerDay, isNightTime, MAX_ATTEMPTS_A_DAY } from './contact-times.js';
import { detectTextFlags } from './detect-flags.js';
import { extractAmount } from './extract-amount.js';
import { extractCallbackNumber } from './extract-callback.js';
import { extractDeadline } from './extract-deadline.js';
import { extractLender } from './extract-lender.js';
import { extractOverdueDays } from './extract-overdue-days.js';
import { extractSignature } from './extract-signature.js';
import { extractStaffId } from './extract-staff-id.js';
import { flagBasis } from './flag-basis.js';
import type { MessageText } from './message-text.js';
import { readLeadingTimestamp } from './message-time.js';
import type { ExtractedMessage, MessageFlag, MessageTime } from './message-types.js';
import { normalizeText } from './normalize-text.js';
import { splitMessages } from './split-messages.js';

export interface ExtractOptions {
  /** The day the messages are read: dates without a year and 明天/3天内 count from it. */
  today: CalendarDate;
  /**
   * Whether the debt is itself illegal (an unlicensed lender, usury). Only then do harassment
   * flags cite the crime of collecting illegal debts (刑法第293条之一).
   */
  illegalDebt?: boolean;
  /** Contacts already in the log ('YYYY-MM-DDTHH:mm'), counted with these for too_frequent. */
  earlierContacts?: readonly string[];
}

/** Flags kept on an ordinary notice: only sure ones, and advertised "credit repair" at any level. */
const ORDINARY_KINDS = new Set(['repayment_reminder', 'verification_code', 'marketing', 'other']);

/**
 * Reads pasted text — one message or many, SMS, app messages or the person's own summary of a call
 * — and extracts, per message and each with a confidence: signature, lender, amount, overdue days,
 * deadline, callback number, staff id and the flags of shared/reference/legal.md §6. Pure and total:
 * any string gives a result (possibly an empty list), never an exception.
 */
export function extractMessages(pasted: string, options: ExtractOptions): ExtractedMessage[] {
  const { today } = options;
  const illegalDebt = options.illegalDebt ?? false;
  const normalized = normalizeText(pasted);
  const ranges = splitMessages(normalized.text, today);
  let previousDate: CalendarDate | null = null;
  const messages = ranges.map((range, index): ExtractedMessage => {
    const text = normalized.text.slice(range.start, range.end);
    const stamp = readLeadingTimestamp(text, today);
    const message: MessageText = {
      text,
      bodyStart: stamp?.length ?? 0,
      quote: (start, end) => normalized.toOriginal(range.start + start, range.start + end),
    };
    let receivedAt: MessageTime | null = stamp?.receivedAt ?? null;
    // Chat exports date a group of messages once: a time alone takes the date above it.
    if (receivedAt !== null && receivedAt.date === null && previousDate !== null) {
      receivedAt = { ...receivedAt, date: previousDate, confidence: 'medium' };
    }
    if (receivedAt?.date) previousDate = receivedAt.date;
    const signature = extractSignature(message);
    const flags = detectTextFlags(message, signature, illegalDebt);
    const { kind, channel } = classifyMessage(message, signature, flags);
    const kept = ORDINARY_KINDS.has(kind.value)
      ? flags.filter((flag) => flag.confidence === 'high' || flag.code === 'credit_repair_scam')
      : flags;
    if (receivedAt?.time && isNightTime(receivedAt.time) && !ORDINARY_KINDS.has(kind.value)) {
      kept.push({
        code: 'night_contact',
        confidence: receivedAt.confidence,
        ...flagBasis('night_contact', illegalDebt),
        evidence: message.quote(0, message.bodyStart).trim(),
      });
    }
    return {
      index,
      text: normalized.toOriginal(range.start, range.end),
      kind,
      channel,
      receivedAt,
      signature,
      lender: extractLender(message, signature),
      amount: extractAmount(message),
      overdueDays: extractOverdueDays(message),
      // "今天前" in a message of 11月19日 means that day: count from the day it came.
      deadline: extractDeadline(message, receivedAt?.date ?? today),
      callbackNumber: extractCallbackNumber(message),
      staffId: extractStaffId(message),
      flags: kept,
    };
  });
  return addFrequencyFlags(messages, options.earlierContacts ?? [], illegalDebt);
}

/**
 * too_frequent: more than 6 contacts on one day, counting these messages (those with a known date,
 * ordinary notices aside) and the contacts already logged.
 */
function addFrequencyFlags(
  messages: ExtractedMessage[],
  earlier: readonly string[],
  illegalDebt: boolean,
): ExtractedMessage[] {
  const counted = messages.filter(
    (message) => message.receivedAt?.date && !ORDINARY_KINDS.has(message.kind.value),
  );
  const perDay = countAttemptsPerDay([
    ...earlier,
    ...counted.map((message) => message.receivedAt?.date ?? ''),
  ]);
  for (const message of counted) {
    const day = message.receivedAt?.date ?? '';
    const count = perDay.get(day) ?? 0;
    if (count <= MAX_ATTEMPTS_A_DAY) continue;
    const flag: MessageFlag = {
      code: 'too_frequent',
      confidence: message.receivedAt?.confidence === 'high' ? 'high' : 'medium',
      ...flagBasis('too_frequent', illegalDebt),
      evidence: '',
      attempts: count,
    };
    message.flags.push(flag);
  }
  return messages;
}
