import { type ApiIssue, type LoggedAgreement, toApiIssues } from '@shangan/contract';
import { agreementSchema, type CalendarDate, dateField, NEGOTIATION_STATES, says } from '@shangan/core';
import { z } from 'zod';
import type { Transaction } from '../db/open-database.js';
import { toLoggedAgreement } from '../repositories/agreement-json.js';
import {
  type AgreementToStore,
  agreementRecords,
  insertAgreement,
} from '../repositories/agreement-repository.js';
import {
  type LoggedNegotiationEvent,
  negotiationLog,
  restoreNegotiation,
} from '../repositories/negotiation-repository.js';
import { findUnstorableText } from '../repositories/storable-text.js';
import { issueInFile } from './issue-in-file.js';

/** log.json in an export: what happened with each debt after the case file was written. */
export interface CaseLog {
  negotiation: LoggedNegotiationEvent[];
  agreements: LoggedAgreement[];
}

/** The case's negotiation history and agreements, in the fixed order their stores give them. */
export async function readCaseLog(tx: Transaction, caseId: string): Promise<CaseLog> {
  return {
    negotiation: await negotiationLog(tx, caseId),
    agreements: (await agreementRecords(tx, caseId)).map(toLoggedAgreement),
  };
}

const instant = z.iso.datetime({
  offset: true,
  ...says({ code: 'wrong_type', params: { expected: 'instant' } }),
});

const logSchema = z.strictObject({
  negotiation: z.array(
    z.strictObject({
      debtId: z.string(),
      state: z.enum(NEGOTIATION_STATES),
      note: z.string().max(5000).nullable(),
      at: instant,
    }),
  ),
  agreements: z.array(
    z.strictObject({
      debtId: z.string(),
      signedOn: z.string().nullable(),
      total: z.string(),
      terms: z.unknown(),
      createdAt: instant,
      instalments: z.array(
        z.strictObject({
          seq: z.number().int(),
          dueOn: z.string(),
          amount: z.string(),
          paidOn: dateField().nullable(),
        }),
      ),
    }),
  ),
});

/** A checked log.json, ready to be written into the imported case. */
export interface RestorableCaseLog {
  negotiation: LoggedNegotiationEvent[];
  agreements: AgreementToStore[];
}

export type CaseLogResult = { ok: true; value: RestorableCaseLog } | { ok: false; issues: ApiIssue[] };

/**
 * Checks a log.json from an export against the debts of its case file: states known, every
 * agreement as valid as one entered through the API (core's agreementSchema), instalments numbered
 * 1…n. Issues are named `log.json: <path>`. A missing log (an older export) is an empty one.
 */
export function parseCaseLog(input: unknown, debtIds: ReadonlySet<string>): CaseLogResult {
  if (input === undefined) return { ok: true, value: { negotiation: [], agreements: [] } };
  // A NUL in a note would only fail at INSERT, inside the import's transaction: refuse it here.
  const unstorable = findUnstorableText(input);
  if (unstorable) return { ok: false, issues: prefixed([unstorable]) };
  const parsed = logSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: prefixed(toApiIssues(parsed.error, input)) };
  const issues: ApiIssue[] = [];
  const knownDebt = (debtId: string, path: string) => {
    if (!debtIds.has(debtId))
      issues.push({ path, code: 'unknown_debt', params: { id: debtId, known: [...debtIds] } });
  };
  parsed.data.negotiation.forEach((event, index) => {
    knownDebt(event.debtId, `negotiation[${index}].debtId`);
  });
  const agreements: AgreementToStore[] = [];
  parsed.data.agreements.forEach((logged, index) => {
    knownDebt(logged.debtId, `agreements[${index}].debtId`);
    const candidate = {
      ...(logged.signedOn !== null ? { signedOn: logged.signedOn } : {}),
      total: logged.total,
      terms: logged.terms,
      instalments: logged.instalments.map(({ dueOn, amount }) => ({ dueOn, amount })),
    };
    const agreement = agreementSchema.safeParse(candidate);
    if (!agreement.success) {
      for (const issue of toApiIssues(agreement.error, candidate)) {
        issues.push({ ...issue, path: `agreements[${index}].${issue.path}` });
      }
      return;
    }
    logged.instalments.forEach((instalment, position) => {
      if (instalment.seq !== position + 1) {
        issues.push({
          path: `agreements[${index}].instalments[${position}].seq`,
          code: 'wrong_sequence_number',
          params: { expected: position + 1 },
        });
      }
    });
    agreements.push({
      debtId: logged.debtId,
      signedOn: agreement.data.signedOn ?? null,
      total: agreement.data.total,
      terms: agreement.data.terms,
      createdAt: logged.createdAt,
      instalments: agreement.data.instalments.map((instalment, position) => ({
        ...instalment,
        paidOn: (logged.instalments[position]?.paidOn ?? null) as CalendarDate | null,
      })),
    });
  });
  if (issues.length > 0) return { ok: false, issues: prefixed(issues) };
  return { ok: true, value: { negotiation: parsed.data.negotiation, agreements } };
}

/** Writes a parsed log into a newly imported case (inside the import's transaction). */
export async function restoreCaseLog(tx: Transaction, caseId: string, log: RestorableCaseLog): Promise<void> {
  await restoreNegotiation(tx, caseId, log.negotiation);
  for (const agreement of log.agreements) await insertAgreement(tx, caseId, agreement);
}

function prefixed(issues: ApiIssue[]): ApiIssue[] {
  return issues.map((issue) => issueInFile('log.json', issue));
}
