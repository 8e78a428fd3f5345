import type { CasePermission } from '@shangan/contract';

/**
 * What an actor does to a case, as the audit log names it, and the permission each needs: the one
 * place the rule lives (ADR 0024). The owner may do everything. An assigned advisor may `read`
 * (which includes drafting letters, plans, reports and the calendar: they are computed from the
 * case and change nothing); `edit` and `reveal` are the owner's explicit grants; `owner` actions
 * are never granted (deleting a case cannot be undone, and who has access is the owner's call).
 */
const REQUIRED = {
  read_case: 'read',
  write_case: 'edit',
  delete_case: 'owner',
  read_analysis: 'read',
  read_plan: 'read',
  read_document: 'read',
  read_reminders: 'read',
  read_contacts: 'read',
  write_contact: 'edit',
  delete_contact: 'edit',
  read_evidence: 'read',
  download_evidence: 'read',
  write_evidence: 'edit',
  read_negotiation: 'read',
  write_negotiation: 'edit',
  read_agreements: 'read',
  write_agreement: 'edit',
  export_case: 'read',
  /** An export with the full phone and ID numbers and the address. */
  export_case_revealed: 'reveal',
  read_advisors: 'owner',
  grant_advisor: 'owner',
  revoke_advisor: 'owner',
  read_audit: 'owner',
} as const satisfies Record<string, CasePermission>;

export type CaseAction = keyof typeof REQUIRED;

/** What the actor holds on a case: all of it, or an advisor's assignment with its grants. */
export type CaseAccess = { kind: 'owner' } | { kind: 'advisor'; canEdit: boolean; canReveal: boolean };

/** The permission the action needs, for the 403's params and the audit row. */
export function requiredPermission(action: CaseAction): CasePermission {
  return REQUIRED[action];
}

export function permits(access: CaseAccess, action: CaseAction): boolean {
  if (access.kind === 'owner') return true;
  switch (REQUIRED[action]) {
    case 'read':
      return true;
    case 'edit':
      return access.canEdit;
    case 'reveal':
      return access.canReveal;
    case 'owner':
      return false;
  }
}

/**
 * The owner's own actions that are audited anyway: who was given or lost access, and every copy of
 * the full numbers that left the server (a shared phone may hold someone else's session).
 */
const AUDITED_FOR_OWNER: ReadonlySet<CaseAction> = new Set([
  'export_case_revealed',
  'grant_advisor',
  'revoke_advisor',
]);

/** Whether an allowed action goes to the audit log: every advisor action, and the owner's above. */
export function isAudited(access: CaseAccess, action: CaseAction): boolean {
  return access.kind === 'advisor' || AUDITED_FOR_OWNER.has(action);
}
