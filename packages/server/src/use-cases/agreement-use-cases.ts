import type { AgreementJson } from '@shangan/contract';
import { checkedCaseFile, toApiIssues } from '@shangan/contract';
import {
  type Agreement,
  type AgreementInput,
  type CalendarDate,
  type CaseFileInput,
  type Fen,
  formatYuan,
  parseMoney,
} from '@shangan/core';
import type { Database, Transaction } from '../db/open-database.js';
import { invalidInput, notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { toAgreementJson } from '../repositories/agreement-json.js';
import {
  agreementRecords,
  insertAgreement,
  updateInstalmentPaid,
} from '../repositories/agreement-repository.js';
import { replaceCaseFile, touchCase } from '../repositories/case-repository.js';
import { requireDebt } from '../repositories/debt-access.js';
import { type OpenCase, withCase } from './with-case.js';

type WrittenDebt = CaseFileInput['debts'][number];

async function agreementJson(tx: Transaction, caseId: string, agreementId: string): Promise<AgreementJson> {
  const record = (await agreementRecords(tx, caseId)).find((candidate) => candidate.id === agreementId);
  if (!record) throw notFound('agreement');
  return toAgreementJson(record);
}

/** The agreement as the case file writes it: money as "1234.50", as `shangan` prints it. */
function writtenAgreement(agreement: Agreement): AgreementInput {
  const { waived, notes, certificateDays, graceDays } = agreement.terms;
  return {
    ...(agreement.signedOn !== undefined ? { signedOn: agreement.signedOn } : {}),
    total: formatYuan(agreement.total),
    terms: {
      ...(waived !== undefined ? { waived: formatYuan(waived) } : {}),
      ...(notes !== undefined ? { notes } : {}),
      certificateDays,
      graceDays,
    },
    instalments: agreement.instalments.map(({ dueOn, amount }) => ({ dueOn, amount: formatYuan(amount) })),
  };
}

/**
 * Changes one debt of the case file and stores the whole file again, checked like any case file:
 * the case file is the one record of the agreement and of the money paid (ADR 0027, 0028), so
 * the plan, the progress, the reminders and an export all see the change. A new revision.
 */
async function editDebt(
  tx: Transaction,
  theCase: OpenCase,
  debtId: string,
  edit: (debt: WrittenDebt) => WrittenDebt,
): Promise<void> {
  const { written } = await theCase.caseFile();
  const next = { ...written, debts: written.debts.map((debt) => (debt.id === debtId ? edit(debt) : debt)) };
  const checked = checkedCaseFile.safeParse(next);
  if (!checked.success) throw invalidInput(toApiIssues(checked.error, next));
  await touchCase(tx, theCase.id);
  await replaceCaseFile(tx, theCase.id, theCase.title, checked.data);
}

/**
 * Records the agreement of a debt: it becomes the debt's `agreement` in the case file, replacing
 * an earlier one, and is kept in the agreement log (what export's log.json lists).
 */
export async function recordAgreement(
  db: Database,
  actor: Actor,
  caseId: string,
  debtId: string,
  agreement: Agreement,
): Promise<AgreementJson> {
  return withCase(db, actor, caseId, 'write_agreement', async (tx, theCase) => {
    await requireDebt(tx, caseId, debtId, { lock: true });
    await editDebt(tx, theCase, debtId, (debt) => ({ ...debt, agreement: writtenAgreement(agreement) }));
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

/** The debt's payments without one of `amount` on `day` (the first such), when there is one. */
function withoutPayment(debt: WrittenDebt, day: CalendarDate, amount: Fen): WrittenDebt {
  const payments = debt.payments ?? [];
  const index = payments.findIndex((payment) => {
    const parsed = parseMoney(payment.amount);
    return payment.date === day && parsed.ok && parsed.value === amount;
  });
  return index < 0 ? debt : { ...debt, payments: payments.filter((_, i) => i !== index) };
}

/**
 * Marks one instalment paid on a day, or unpaid again (null, for a mistake). `seq` is the path's
 * text: anything but 1…9999 is an instalment that does not exist. Marking paid records a payment
 * of the instalment's amount on that day in the case file (payments are the record of money paid,
 * ADR 0027); unmarking removes that payment.
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
  return withCase(db, actor, caseId, 'write_agreement', async (tx, theCase) => {
    const before = await agreementJson(tx, caseId, agreementId);
    const instalment = before.instalments.find((candidate) => candidate.seq === Number(seq));
    await updateInstalmentPaid(tx, caseId, agreementId, Number(seq), paidOn);
    const amount = instalment && parseMoney(instalment.amount);
    if (instalment && amount?.ok && instalment.paidOn !== paidOn) {
      const marked = instalment.paidOn as CalendarDate | null;
      await editDebt(tx, theCase, before.debtId, (debt) => {
        const cleared = marked === null ? debt : withoutPayment(debt, marked, amount.value);
        if (paidOn === null) return cleared;
        return {
          ...cleared,
          payments: [...(cleared.payments ?? []), { date: paidOn, amount: instalment.amount }],
        };
      });
    }
    return agreementJson(tx, caseId, agreementId);
  });
}
