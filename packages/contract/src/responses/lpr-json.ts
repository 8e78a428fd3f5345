import type { LprStatus } from '@shangan/core';

/** A quotation as the API shows it: the rates as percent text ("3.00"), as CFETS publishes them. */
export interface LprQuotationJson {
  /** The day it was published, from which it is in force. */
  date: string;
  lpr1y: string;
  lpr5y: string;
}

/** One of the person's own quotations. */
export interface OwnLprQuotationJson extends LprQuotationJson {
  /** Where they read it, as they wrote it; null when they gave no note. */
  source: string | null;
}

/** GET /api/lpr: what the caps are computed from for this person's cases. */
export interface LprJson {
  /** The newest quotation built into this version of 上岸, with how sure it is. */
  builtInLatest: (LprQuotationJson & { status: LprStatus }) | null;
  /** The person's own quotations, oldest first; one wins over a built-in one of the same date. */
  own: OwnLprQuotationJson[];
  /** How many of their own they may keep. */
  limit: number;
}

/** GET /api/cases/:caseId/lpr: the quotations of the case's owner, which its reports add. */
export interface CaseLprJson {
  own: OwnLprQuotationJson[];
}
