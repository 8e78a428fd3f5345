import { type ApiIssue, renderApiIssue } from '@shangan/contract';
import {
  type AgreementInput,
  addMonths,
  allocate,
  type Fen,
  formatYuan,
  type Lang,
  MAX_INSTALMENTS,
  parseCalendarDate,
  parseMoney,
  sumFen,
} from '@shangan/core';

/** The agreement form as typed: text everywhere, so nothing is lost when a value is refused. */
export interface AgreementDraft {
  signedOn: string;
  total: string;
  waived: string;
  certificateDays: string;
  graceDays: string;
  notes: string;
  instalments: { dueOn: string; amount: string }[];
}

export function emptyAgreement(): AgreementDraft {
  return {
    signedOn: '',
    total: '',
    waived: '',
    certificateDays: '',
    graceDays: '',
    notes: '',
    instalments: [{ dueOn: '', amount: '' }],
  };
}

export type EvenSplit =
  | { ok: true; instalments: AgreementDraft['instalments'] }
  | { ok: false; field: 'total' | 'count' | 'firstDue' };

/**
 * The total split into `count` monthly instalments from `firstDue`, adding up to the total to the
 * fen (the core's allocate: the fen left over go to the first instalments). Each due date is the
 * same day of the month, or the month's last day when it has no such day.
 */
export function evenInstalments(total: string, count: string, firstDue: string): EvenSplit {
  const amount = parseMoney(total);
  if (!amount.ok || amount.value <= 0) return { ok: false, field: 'total' };
  const periods = Number(count);
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_INSTALMENTS)
    return { ok: false, field: 'count' };
  const first = parseCalendarDate(firstDue);
  if (first === undefined) return { ok: false, field: 'firstDue' };
  const shares = allocate(
    amount.value,
    Array.from({ length: periods }, () => 1),
  );
  return {
    ok: true,
    instalments: shares.map((share, index) => ({
      dueOn: addMonths(first, index) as string,
      amount: formatYuan(share),
    })),
  };
}

/** The POST body of `/debts/:debtId/agreements` (the core's agreementSchema); empty fields left out. */
export function toAgreementBody(draft: AgreementDraft): AgreementInput {
  const trimmed = (value: string) => value.trim();
  const days = trimmed(draft.certificateDays);
  const grace = trimmed(draft.graceDays);
  return {
    ...(trimmed(draft.signedOn) === '' ? {} : { signedOn: trimmed(draft.signedOn) }),
    total: trimmed(draft.total),
    terms: {
      ...(trimmed(draft.waived) === '' ? {} : { waived: trimmed(draft.waived) }),
      ...(trimmed(draft.notes) === '' ? {} : { notes: trimmed(draft.notes) }),
      // Text that is no number becomes NaN, which the schema refuses by name, like any bad field.
      ...(days === '' ? {} : { certificateDays: Number(days) }),
      ...(grace === '' ? {} : { graceDays: Number(grace) }),
    },
    instalments: draft.instalments.map((row) => ({ dueOn: trimmed(row.dueOn), amount: trimmed(row.amount) })),
  };
}

/** Messages by field: `total`, `terms.waived`, `instalments` (the sum), `instalments[2].amount`… */
export function agreementIssues(issues: readonly ApiIssue[], lang: Lang): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const issue of issues)
    if (!byPath.has(issue.path)) byPath.set(issue.path, renderApiIssue(issue, lang));
  return byPath;
}

/** What the rows add up to, to show beside the total; undefined while a row is not an amount yet. */
export function instalmentSum(rows: AgreementDraft['instalments']): Fen | undefined {
  const amounts = rows.map((row) => parseMoney(row.amount.trim()));
  return amounts.every((amount) => amount.ok) ? sumFen(amounts.map((amount) => amount.value)) : undefined;
}

/**
 * The agreement form filled from an offer the person accepts: its total and its dated instalments
 * (the core's offerInstalments, as the offer was weighed), signed today unless they change it.
 */
export function draftFromOffer(
  offer: { total: string; waived?: string | undefined; conditions?: string | undefined },
  instalments: readonly { date: string; amount: string }[],
  signedOn: string,
): AgreementDraft {
  return {
    ...emptyAgreement(),
    signedOn,
    total: offer.total,
    waived: offer.waived ?? '',
    notes: offer.conditions ?? '',
    instalments: instalments.map((row) => ({ dueOn: row.date, amount: row.amount })),
  };
}
