/** GET /api/cases/:caseId/advisors: one advisor who may see the case, and what else they may do. */
export interface AdvisorGrantJson {
  advisorId: string;
  email: string;
  canEdit: boolean;
  canReveal: boolean;
  /** When the permissions were last set (ISO instant). */
  grantedAt: string;
}

/** Who did something to the case, as its owner is shown it. */
export type AuditActorJson =
  | { kind: 'owner' }
  /** An advisor: operators create them, so their address is shown. */
  | { kind: 'advisor'; email: string | null }
  /** Anyone else who tried: their address is theirs, not the owner's to see. */
  | { kind: 'other' };

/** GET /api/cases/:caseId/audit: one line of the case's audit log, newest first. */
export interface AuditEntryJson {
  at: string;
  actor: AuditActorJson;
  /** The server's action name (read_case, export_case_revealed, grant_advisor, …). */
  action: string;
  outcome: 'allowed' | 'refused';
  /** The IP address the request came from; null when unknown. */
  clientAddress: string | null;
  evidenceId: string | null;
  /** Whether full phone and ID numbers were part of what was read; null when not applicable. */
  reveal: boolean | null;
  /** A grant or revocation: the advisor it was about (email) and the permissions granted. */
  advisorEmail: string | null;
  canEdit: boolean | null;
  canReveal: boolean | null;
}
