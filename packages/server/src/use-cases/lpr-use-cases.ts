import type {
  CaseLprJson,
  LprJson,
  LprQuotationJson,
  lprQuotationBody,
  OwnLprQuotationJson,
} from '@shangan/contract';
import {
  basisPointsToPercentText,
  type CalendarDate,
  createLprTable,
  type LprQuotation,
  type LprTable,
  quotationFromUser,
  unpublishedQuotationIssue,
} from '@shangan/core';
import type { z } from 'zod';
import type { Database, Transaction } from '../db/open-database.js';
import { ExpectedError, invalidInput, notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import {
  countLprQuotations,
  deleteLprQuotation,
  hasLprQuotation,
  lockLprOwner,
  ownLprQuotations,
  putLprQuotation,
} from '../repositories/lpr-repository.js';
import { withCase } from './with-case.js';

/** How many quotations of their own a person may keep: twenty years of monthly quotations. */
export const MAX_OWN_LPR_QUOTATIONS = 240;

export type LprQuotationBody = z.output<typeof lprQuotationBody>;

/**
 * The table a case's reports are computed with: the built-in quotations and its owner's own (which
 * win on the same date). The owner's, not the reader's: an advisor and the client see one set of
 * numbers. `key` names the owner's quotations, for the report cache.
 */
export async function ownerLprTable(
  tx: Transaction,
  ownerId: string,
  builtIn: LprTable,
): Promise<{ table: LprTable; key: string }> {
  const own = await ownLprQuotations(tx, ownerId);
  return {
    table: createLprTable(own.map(quotationFromUser), builtIn.quotations),
    key: own.map((q) => `${q.date}=${q.lpr1y}/${q.lpr5y}`).join(','),
  };
}

/** A quotation's date and rates as the API shows them: percent text, as CFETS publishes them. */
function quotationJson(quotation: LprQuotation): LprQuotationJson {
  return {
    date: quotation.date,
    lpr1y: basisPointsToPercentText(quotation.oneYearBp),
    lpr5y: basisPointsToPercentText(quotation.fiveYearBp),
  };
}

/** GET /api/lpr: the newest built-in quotation and the person's own. */
export async function lprOverview(db: Database, actor: Actor, builtIn: LprTable): Promise<LprJson> {
  const latest = builtIn.quotations.at(-1);
  return {
    builtInLatest: latest ? { ...quotationJson(latest), status: latest.status } : null,
    own: await ownLprQuotations(db, actor.userId),
    limit: MAX_OWN_LPR_QUOTATIONS,
  };
}

/**
 * Adds one of the person's own quotations, replacing theirs of the same date. Dated after `today`
 * (in China) it is refused: not published yet. 409 lpr_limit_reached past the limit.
 */
export async function addLprQuotation(
  db: Database,
  actor: Actor,
  body: LprQuotationBody,
  today: CalendarDate,
): Promise<OwnLprQuotationJson> {
  const unpublished = unpublishedQuotationIssue(body, today);
  if (unpublished) throw invalidInput([{ path: 'date', ...unpublished }]);
  const quotation = quotationFromUser(body);
  const source = body.source?.trim() || null;
  return db.transaction(async (tx) => {
    await lockLprOwner(tx, actor.userId);
    const replaces = await hasLprQuotation(tx, actor.userId, quotation.date);
    if (!replaces && (await countLprQuotations(tx, actor.userId)) >= MAX_OWN_LPR_QUOTATIONS) {
      throw new ExpectedError({ code: 'lpr_limit_reached', params: { limit: MAX_OWN_LPR_QUOTATIONS } });
    }
    await putLprQuotation(tx, actor.userId, { ...quotation, source });
    return { ...quotationJson(quotation), source };
  });
}

/** Deletes one of the person's own quotations; 404 when they have none of that date. */
export async function removeLprQuotation(db: Database, actor: Actor, date: CalendarDate): Promise<void> {
  if (!(await deleteLprQuotation(db, actor.userId, date))) throw notFound('lpr_quotation');
}

/** GET /api/cases/:caseId/lpr: the owner's quotations, for the plan's what-if in the browser. */
export function caseLpr(db: Database, actor: Actor, caseId: string): Promise<CaseLprJson> {
  return withCase(db, actor, caseId, 'read_plan', async (tx, theCase) => ({
    own: await ownLprQuotations(tx, theCase.ownerId),
  }));
}
