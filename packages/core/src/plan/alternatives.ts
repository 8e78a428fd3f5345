import type { CaseFile } from '../case/case-schema.js';
import type { CitationId } from '../law/citations.js';
import type { StrategyName, StrategyPlan } from './plan-types.js';

/**
 * The real options when a plan does not clear the debts within 60 months. Never a fake plan:
 * each is something the person can actually do this month.
 */
export type Alternative = (
  | { code: 'other_strategy'; params: { strategy: StrategyName } }
  | { code: 'hardship_request'; params: Record<string, never> }
  | { code: 'extension_request'; params: Record<string, never> }
  | { code: 'budget_review'; params: Record<string, never> }
  | { code: 'legal_aid'; params: { hotline: string } }
  | { code: 'shenzhen_bankruptcy'; params: { livesInShenzhen: boolean | null } }
) & { citations: CitationId[] };

/** 12348 is the national public legal-service hotline (公共法律服务热线), free legal advice. */
const LEGAL_AID_HOTLINE = '12348';

export function listAlternatives(caseFile: CaseFile, strategies: readonly StrategyPlan[]): Alternative[] {
  if (strategies.every((strategy) => strategy.feasible)) return [];
  const hasCard = caseFile.debts.some((debt) => debt.lenderType === 'credit_card');
  const city = caseFile.person?.city;
  return [
    ...strategies
      .filter((strategy) => strategy.feasible)
      .map(
        (strategy): Alternative => ({
          code: 'other_strategy',
          params: { strategy: strategy.name },
          citations: [],
        }),
      ),
    {
      code: 'hardship_request',
      params: {},
      citations: hasCard ? ['card-regulation-70', 'civil-code-678'] : ['civil-code-678'],
    },
    { code: 'extension_request', params: {}, citations: ['civil-code-678'] },
    { code: 'budget_review', params: {}, citations: [] },
    { code: 'legal_aid', params: { hotline: LEGAL_AID_HOTLINE }, citations: [] },
    {
      code: 'shenzhen_bankruptcy',
      params: {
        livesInShenzhen: city === undefined ? null : city.includes('深圳') || /shenzhen/i.test(city),
      },
      citations: ['shenzhen-personal-bankruptcy'],
    },
  ];
}
