/**
 * Everything a template can use, already formatted for people (zh-CN): money as "12,345.67 元",
 * dates as "2026年11月21日", rates as "34.70%". Flags (has…, is…) are booleans for {{#if}}.
 * A value that is unknown is a blank line "________" for the person to fill in by hand, never
 * "undefined". Templates reference law only through {{cite:id}}.
 */
export type DocumentVariables = {
  /** The analysis date. */
  today: string;
  person: {
    name: string;
    /**
     * In full by default: the lender or the court checks the person's identity with them (legal.md
     * §14 K10). Masked (138****5678, 110101********1234) in the copy made for sharing.
     */
    phone: string;
    idNumber: string;
    city: string;
    /** 住址, where court papers and letters reach the person. */
    address: string;
    /** This is the shared copy, with the phone and ID numbers masked. */
    isMasked: boolean;
  };
  lender: string;
  lenderTypeLabel: string;
  isCreditCard: boolean;
  /** Bank, consumer-finance company or credit card: regulated by NFRA. */
  isBankLike: boolean;
  isMicroloan: boolean;
  isPrivate: boolean;
  /** The lender is, or looks, unlicensed (declared, or the 714 pattern): the unlicensed rules apply. */
  isUnlicensed: boolean;
  debt: {
    id: string;
    /** 合同编号 / 借据号, as the lender's papers show it. */
    contractNumber: string;
    /** The loan or repayment account, as the lender's papers show it. */
    account: string;
    /** Last four digits of the card (credit cards). */
    cardLast4: string;
    contractDate: string;
    principal: string;
    received: string;
    hasUpfrontDeduction: boolean;
    deducted: string;
    hasClaim: boolean;
    claimed: string;
    claimDate: string;
    supported: string;
    hasExcess: boolean;
    excess: string;
    principalOutstanding: string;
    interestOutstanding: string;
    paid: string;
    hasOverpaid: boolean;
    overpaid: string;
    hasApr: boolean;
    aprSimple: string;
    aprCompound: string;
    capRate: string;
    /** Why this cap applies, one line. */
    capLabel: string;
    capIsReference: boolean;
    isOverdue: boolean;
    overdueSince: string;
    daysOverdue: string;
    hasOfficialChannel: boolean;
    officialChannel: string;
    statusLabel: string;
    hasPaymentOrder: boolean;
    paymentOrderReceived: string;
    objectionDeadline: string;
  };
  /** The legal points of the analysis, most important first. */
  findings: { message: string; severityLabel: string; citations: string }[];
  hasFindings: boolean;
  /** The offer to this creditor from the chosen strategy (pro_rata by default). */
  hasOffer: boolean;
  offer: {
    strategyLabel: string;
    typeLabel: string;
    isSettlement: boolean;
    isInstalments: boolean;
    isExtension: boolean;
    isPenaltyWaiver: boolean;
    isHardship: boolean;
    opening: string;
    target: string;
    ceiling: string;
    /** What the lender claims minus the target: what the offer asks the lender to waive. */
    waived: string;
    periods: string;
    monthly: string;
    /** The payments in one phrase: one payment, equal payments, or "首期X元，之后每月约Y元，共N期". */
    payments: string;
    firstDate: string;
    lastDate: string;
    openingWhy: string;
    targetWhy: string;
    ceilingWhy: string;
  };
  /** This debt's payments in the plan: the instalment table of the draft agreement. */
  schedule: { index: string; date: string; amount: string }[];
  affordability: {
    income: string;
    expenses: string;
    /** The irregular costs' monthly equivalents, in all (household/irregular-costs.ts). */
    hasIrregular: boolean;
    irregular: string;
    /** The priority debts paid first each month, in all. */
    hasPriority: boolean;
    priority: string;
    margin: string;
    capacity: string;
    /** This debt's pro-rata share of the monthly capacity (by the amounts a court would support). */
    share: string;
    lumpSum: string;
    hasLumpSum: boolean;
    dependents: string;
    hasShortfall: boolean;
    shortfall: string;
    expenseRows: { label: string; amount: string }[];
    /** The affordability statement (还款能力说明), one paragraph per line. */
    statement: string[];
  };
  circumstances: {
    hasHardship: boolean;
    hardship: string[];
    hasEvidence: boolean;
    evidence: string[];
    hasDescription: boolean;
    description: string;
  };
  /**
   * The 3-year limitation period may have run (legal.limitation.state possibly_expired): acknowledging
   * the debt restarts or waives it. `since`: the day it last started to run (the last due date, or the
   * last payment, acknowledgement or demand); `expiredOn`: three years later.
   */
  limitation: { warn: boolean; since: string; expiredOn: string };
  complaint: {
    regulator: string;
    channel: string;
    /** Threats, violence or impersonating police/courts: report to the police as well. */
    involvesPolice: boolean;
    hasContacts: boolean;
    contacts: {
      at: string;
      channel: string;
      counterpart: string;
      staffId: string;
      said: string;
      flags: string;
    }[];
    flaggedCount: string;
  };
  /** The police report (unlicensed lenders). */
  police: {
    /** From the contract date to the last due date, in days. */
    hasTerm: boolean;
    termDays: string;
    /** The true rate is far above anything the law protects: 刑法 第293条之一 may apply to the collection. */
    isUsurious: boolean;
    /** Why the lender looks unlicensed, one phrase each. */
    signs: string[];
  };
  /** The notice to stop contacting third parties: the logged contacts of people unrelated to the debt. */
  thirdParty: {
    hasContacts: boolean;
    count: string;
    contacts: { at: string; channel: string; counterpart: string; said: string }[];
  };
  debtCount: string;
};
