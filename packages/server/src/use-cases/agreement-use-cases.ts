import type { AgreementJson } from '@shangan/contract';
import type { Agreement, CalendarDate } from '@shangan/core';
import type { Database, Transaction } from '../db/open-database.js';
import { notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { toAgreementJson } from '../repositories/agreement-json.js';
import {
  agreementRecords,
  insertAgreement,
  updateInstalmentPaid,
} from '../repositories/agreement-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import { withCase } from './with-case.js';

async function agreementJson(tx: Transaction, caseId: string, agreementId: string): Promise<AgreementJson> {
  const record = (await agreementRecords(tx, caseId)).find((candidate) => candidate.id === agreementId);
  if (!record) throw notFound('agreement');
  return toAgreementJson(record);
}

/** Records an agreement for a debt of the case; a later one for the same debt replaces it. */
export async function recordAgreement(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  agreement: Agreement,
): Promise<AgreementJson> {
  return withCase(db, actor, caseId, 'write_agreement', async (tx) => {
    await requireDebt(tx, caseId, debtId, { lock: true });
    const id = await insertAgreement(tx, caseId, {
      debtId,
      signedOn: agreement.signedOn ?? null,
      total: agreement.total,
      terms: agreement.terms,
      instalments: agreement.instalments.map((instalment) => ({ ...instalment, paidOn: null })),
    });
    return agreementJson(tx, caseId, id);
  });
}

export async function listAgreements(db: Database, actor: Actor, caseId: string): Promise<AgreementJson[]> {
  return withCase(db, actor, caseId, 'read_agreements', async (tx) =>
    (await agreementRecords(tx, caseId)).map(toAgreementJson),
  );
}

/**
 * Marks one instalment paid on a day, or unpaid again (null, for a mistake). `seq` is the path's
 * text: anything but 1…9999 is an instalment that does not exist.
 */
export async function setInstalmentPaid(
  db: Database,
  actor: Actor,
  caseId: string,
  agreementId: string,
  seq: string,
  paidOn: CalendarDate | null,
): Promise<AgreementJson> {
  if (!/^[1-9]\d{0,3}$/.test(seq)) throw notFound('instalment');
  return withCase(db, actor, caseId, 'write_agreement', async (tx) => {
    await updateInstalmentPaid(tx, caseId, agreementId, Number(seq), paidOn);
    return agreementJson(tx, caseId, agreementId);
  });
}
