export interface InstalmentJson {
  seq: number;
  dueOn: string;
  amount: string;
  paidOn: string | null;
}

export interface TermsJson {
  waived?: string | undefined;
  notes?: string | undefined;
  certificateDays: number;
  graceDays: number;
}

/** An agreement as it travels in an export (log.json): no id, since an import gives new ones. */
export interface LoggedAgreement {
  debtId: string;
  signedOn: string | null;
  total: string;
  terms: TermsJson;
  createdAt: string;
  instalments: InstalmentJson[];
}

/** An agreement in API responses: money as "123.45", with what is paid and what remains. */
export interface AgreementJson extends LoggedAgreement {
  id: string;
  paid: string;
  remaining: string;
}
