import {
  analyzeCaseFile,
  type CalendarDate,
  type CaseReportJson,
  caseProgress,
  caseReportJson,
  type DocumentFormat,
  type DocumentKind,
  type Fen,
  type Lang,
  type LprTable,
  type OfferReportJson,
  offerReportJson,
  type PlanOptions,
  type PlanReportJson,
  type ProgressReportJson,
  planCaseFile,
  planReportJson,
  progressReportJson,
  type RenderedDocument,
  STRATEGIES,
  type StrategyName,
  weighOffer,
  writeDocument,
} from '@shangan/core';
import { renderDocx } from '@shangan/docx';
import type { Database } from '../db/open-database.js';
import { ExpectedError, invalidInput, notFound } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import { ownerLprTable } from './lpr-use-cases.js';
import { ReportCache } from './report-cache.js';
import { withCase } from './with-case.js';

/** What-if capacity instead of the budget's: only the amounts given replace the budget's. */
export interface CapacityQuery {
  monthly?: Fen | undefined;
  lumpSum?: Fen | undefined;
}

function capacityOverride(amounts: CapacityQuery): NonNullable<PlanOptions['capacityOverride']> {
  return {
    ...(amounts.monthly === undefined ? {} : { monthly: amounts.monthly }),
    ...(amounts.lumpSum === undefined ? {} : { lumpSum: amounts.lumpSum }),
  };
}

/**
 * The same core use-cases as `shangan analyze | plan | letter`, on a stored case: the same numbers.
 * Each is computed with the built-in LPR table `builtIn` plus the case owner's own quotations
 * (ownerLprTable). Reports are cached by case revision and those quotations, so a case read once
 * is analysed once per change of either.
 */
export function reportUseCases(db: Database, builtIn: LprTable) {
  const cache = new ReportCache();
  return {
    analysis(actor: Actor, caseId: string, lang: Lang): Promise<CaseReportJson> {
      return withCase(db, actor, caseId, 'read_analysis', async (tx, theCase) => {
        const { table: lpr, key: lprKey } = await ownerLprTable(tx, theCase.ownerId, builtIn);
        return cache.get(`${caseId}|${theCase.revision}|${lprKey}|analysis|${lang}`, async () => {
          const result = analyzeCaseFile({ caseFile: (await theCase.calculationFile()).parsed, lpr });
          if (!result.ok) throw invalidInput(result.issues);
          return caseReportJson(result.value.analysis, lang);
        });
      });
    },

    plan(
      actor: Actor,
      caseId: string,
      query: CapacityQuery & { lang: Lang; strategy: StrategyName | 'all' },
    ): Promise<PlanReportJson> {
      return withCase(db, actor, caseId, 'read_plan', async (tx, theCase) => {
        const { table: lpr, key: lprKey } = await ownerLprTable(tx, theCase.ownerId, builtIn);
        // Keyed by the parsed fen, so "2575" and "2575.00" share one entry.
        const key = `${caseId}|${theCase.revision}|${lprKey}|plan|${query.lang}|${query.strategy}|${query.monthly ?? ''}|${query.lumpSum ?? ''}`;
        return cache.get(key, async () => {
          const strategies = query.strategy === 'all' ? STRATEGIES : [query.strategy];
          const options = { strategies, capacityOverride: capacityOverride(query) };
          const result = planCaseFile({ caseFile: (await theCase.calculationFile()).parsed, lpr, options });
          if (!result.ok) throw invalidInput(result.issues);
          const { plan, analysis, caseFile } = result.value;
          return planReportJson(plan, analysis, caseFile, query.lang);
        });
      });
    },

    /** `shangan progress`: the agreements read against the payments, the other debts against the plan. */
    progress(
      actor: Actor,
      caseId: string,
      query: { lang: Lang; strategy: StrategyName },
    ): Promise<ProgressReportJson> {
      return withCase(db, actor, caseId, 'read_plan', async (tx, theCase) => {
        const { table: lpr, key: lprKey } = await ownerLprTable(tx, theCase.ownerId, builtIn);
        const key = `${caseId}|${theCase.revision}|${lprKey}|progress|${query.lang}|${query.strategy}`;
        return cache.get(key, async () => {
          const result = analyzeCaseFile({ caseFile: (await theCase.calculationFile()).parsed, lpr });
          if (!result.ok) throw invalidInput(result.issues);
          const { caseFile, analysis } = result.value;
          return progressReportJson(caseProgress(caseFile, analysis, query.strategy), query.lang);
        });
      });
    },

    /** `shangan offer`: one offer weighed against the budget, the other debts and the law; nothing stored. */
    offer(
      actor: Actor,
      caseId: string,
      debtId: string,
      request: {
        total: Fen;
        down?: Fen | undefined;
        periods?: number | undefined;
        firstDue?: CalendarDate | undefined;
        conditions?: string | undefined;
      },
      lang: Lang,
    ): Promise<OfferReportJson> {
      return withCase(db, actor, caseId, 'read_plan', async (tx, theCase) => {
        const { table: lpr } = await ownerLprTable(tx, theCase.ownerId, builtIn);
        const result = analyzeCaseFile({ caseFile: (await theCase.calculationFile()).parsed, lpr });
        if (!result.ok) throw invalidInput(result.issues);
        const { caseFile, analysis } = result.value;
        if (!analysis.debts.some((debt) => debt.id === debtId)) throw notFound('debt');
        const { total, down, periods, firstDue, conditions } = request;
        const offer = {
          debtId,
          total,
          ...(down === undefined ? {} : { down }),
          ...(periods === undefined ? {} : { periods }),
          ...(firstDue === undefined ? {} : { firstDue }),
          ...(conditions === undefined ? {} : { conditions }),
        };
        return offerReportJson(weighOffer(caseFile, analysis, offer), analysis, lang);
      });
    },

    async document(
      actor: Actor,
      caseId: string,
      request: {
        kind: DocumentKind;
        debtId: string;
        format: DocumentFormat;
        strategy: StrategyName | undefined;
        mask: boolean;
      },
    ): Promise<RenderedDocument> {
      // Read in the transaction, rendered after it: a DOCX takes a while to write.
      // Drafting is reading; the audit row says whether the draft carries the full numbers.
      const use = { action: 'read_document', reveal: !request.mask } as const;
      const { parsed, lpr } = await withCase(db, actor, caseId, use, async (tx, theCase) => ({
        parsed: (await theCase.caseFile()).parsed,
        lpr: (await ownerLprTable(tx, theCase.ownerId, builtIn)).table,
      }));
      const result = await writeDocument({ caseFile: parsed, lpr, ...request, renderDocx });
      if (!result.ok && 'code' in result) {
        throw new ExpectedError(
          { code: 'document_not_applicable', params: { kind: request.kind, applicable: result.applicable } },
          result.issues,
        );
      }
      if (!result.ok) throw invalidInput(result.issues);
      return result.value;
    },
  };
}

export type ReportUseCases = ReturnType<typeof reportUseCases>;
