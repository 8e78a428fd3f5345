import type { AgreementJson, LoggedAgreement } from '@shangan/contract';
import {
  type AgreementTerms,
  type CalendarDate,
  DEFAULT_CERTIFICATE_DAYS,
  type Fen,
  fen,
  formatYuan,
  sumFen,
} from '@shangan/core';

/** An agreement as stored: money in fen, dates as 'YYYY-MM-DD', createdAt as instantText gives it. */
export interface AgreementRecord {
  id: string;
  debtId: string;
  signedOn: CalendarDate | null;
  total: Fen;
  terms: AgreementTerms;
  createdAt: string;
  instalments: { seq: number; dueOn: CalendarDate; amount: Fen; paidOn: CalendarDate | null }[];
}

/** What the agreements jsonb column holds: money in fen, like every amount in the database. */
export interface StoredTerms {
  waivedFen?: number;
  notes?: string;
  certificateDays: number;
  graceDays?: number;
}

export function toStoredTerms(terms: AgreementTerms): StoredTerms {
  return {
    ...(terms.waived !== undefined ? { waivedFen: terms.waived } : {}),
    ...(terms.notes !== undefined ? { notes: terms.notes } : {}),
    certificateDays: terms.certificateDays,
    graceDays: terms.graceDays,
  };
}

export function fromStoredTerms(stored: Record<string, unknown>): AgreementTerms {
  const { waivedFen, notes, certificateDays, graceDays } = stored as Partial<StoredTerms>;
  return {
    ...(typeof waivedFen === 'number' ? { waived: fen(waivedFen) } : {}),
    ...(typeof notes === 'string' ? { notes } : {}),
    certificateDays: typeof certificateDays === 'number' ? certificateDays : DEFAULT_CERTIFICATE_DAYS,
    // Agreements stored before grace days were recorded had none.
    graceDays: typeof graceDays === 'number' ? graceDays : 0,
  };
}

/** Keys in a fixed order (jsonb does not keep the order they were written in). */
export function toLoggedAgreement(record: AgreementRecord): LoggedAgreement {
  return {
    debtId: record.debtId,
    signedOn: record.signedOn,
    total: formatYuan(record.total),
    terms: {
      ...(record.terms.waived !== undefined ? { waived: formatYuan(record.terms.waived) } : {}),
      ...(record.terms.notes !== undefined ? { notes: record.terms.notes } : {}),
      certificateDays: record.terms.certificateDays,
      graceDays: record.terms.graceDays,
    },
    createdAt: record.createdAt,
    instalments: record.instalments.map((instalment) => ({
      seq: instalment.seq,
      dueOn: instalment.dueOn,
      amount: formatYuan(instalment.amount),
      paidOn: instalment.paidOn,
    })),
  };
}

export function toAgreementJson(record: AgreementRecord): AgreementJson {
  const paid = sumFen(
    record.instalments
      .filter((instalment) => instalment.paidOn !== null)
      .map((instalment) => instalment.amount),
  );
  return {
    id: record.id,
    ...toLoggedAgreement(record),
    paid: formatYuan(paid),
    remaining: formatYuan(fen(record.total - paid)),
  };
}
