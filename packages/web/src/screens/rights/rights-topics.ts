import type { CitationId } from '@shangan/core';

/**
 * The rules the rights screen explains, grouped by the question a frightened borrower asks. Only
 * ids: the plain words, the law, the article, the version and the confidence all come from the
 * core's citation table, the one place the product states law.
 */
export const RIGHTS_TOPICS = [
  {
    key: 'caps',
    citations: [
      'civil-code-680',
      'spc-private-lending-1-2',
      'spc-private-lending-2020b-25',
      'spc-reply-2020-27',
      'spc-financial-trial-2017-2',
      'spc-bank-card-2021-2',
      'spc-private-lending-2020b-31',
    ],
  },
  { key: 'upfront', citations: ['civil-code-670', 'spc-private-lending-2020b-26', 'pboc-2021-3'] },
  {
    key: 'penalty',
    citations: [
      'civil-code-676',
      'spc-private-lending-2020b-28',
      'spc-private-lending-2020b-29',
      'civil-code-585',
      'spc-contract-general-2023-65',
    ],
  },
  {
    key: 'collection',
    citations: [
      'civil-code-1032',
      'civil-code-1033',
      'pipl-10',
      'pipl-23',
      'pipl-69',
      'consumer-protection-14',
      'consumer-protection-27',
      'consumer-protection-29',
      'cba-collection-guideline-2026',
      'criminal-law-293-1',
    ],
  },
  { key: 'credit', citations: ['credit-reporting-15', 'credit-reporting-16', 'credit-reporting-25'] },
  { key: 'paymentOrder', citations: ['civil-procedure-payment-order', 'civil-procedure-125'] },
  {
    key: 'limitation',
    citations: [
      'civil-code-188',
      'civil-code-189',
      'civil-code-195',
      'spc-limitation-2020-14',
      'civil-code-192',
    ],
  },
  {
    key: 'notCrime',
    citations: ['spc-dishonest-list-2017-1', 'spc-dishonest-list-2017-3', 'spc-card-crime-2018'],
  },
] as const satisfies readonly { key: string; citations: readonly CitationId[] }[];

export type RightsTopicKey = (typeof RIGHTS_TOPICS)[number]['key'];

/** Offers that prey on people in debt, as the seed articles describe them, with the law behind the warning. */
export const SCAMS = [
  { key: 'paidAgents', citations: ['card-regulation-70'] },
  { key: 'creditRepair', citations: ['credit-reporting-16', 'credit-reporting-25'] },
  { key: 'personalAccounts', citations: [] },
  { key: 'newLoans', citations: [] },
  { key: 'fakeAuthorities', citations: ['cba-collection-guideline-2026'] },
] as const satisfies readonly { key: string; citations: readonly CitationId[] }[];

export type ScamKey = (typeof SCAMS)[number]['key'];
