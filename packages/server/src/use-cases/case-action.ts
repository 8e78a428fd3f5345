/** What an actor does to a case, as the audit log names it. */
export type CaseAction =
  | 'read_case'
  | 'write_case'
  | 'delete_case'
  | 'read_analysis'
  | 'read_plan'
  | 'read_document'
  | 'read_reminders'
  | 'read_contacts'
  | 'write_contact'
  | 'delete_contact'
  | 'read_evidence'
  | 'write_evidence'
  | 'read_negotiation'
  | 'write_negotiation'
  | 'read_agreements'
  | 'write_agreement'
  | 'export_case';
