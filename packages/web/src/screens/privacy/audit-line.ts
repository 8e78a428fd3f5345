import type { AuditEntryJson } from '@shangan/contract';
import type { AccessMessages } from './access-messages';

/** What the owner can grant, in words: both, one, or reading only. */
export function permissionWords(
  grant: { canEdit: boolean; canReveal: boolean },
  text: AccessMessages,
): string {
  const granted = [grant.canEdit && text.canEdit, grant.canReveal && text.canReveal].filter(Boolean);
  return granted.length === 0 ? text.readOnly : granted.join(text.separator);
}

/** One audit entry as a sentence: who, and what they did (or tried to). */
export function auditLine(entry: AuditEntryJson, text: AccessMessages): { who: string; what: string } {
  const who =
    entry.actor.kind === 'owner'
      ? text.you
      : entry.actor.kind === 'advisor'
        ? text.advisor(entry.actor.email ?? '')
        : text.other;
  const subject = entry.advisorEmail ?? '';
  let what = text.actions[entry.action] ?? entry.action;
  if (entry.action === 'grant_advisor' && entry.outcome === 'allowed') {
    what = text.grantTo(
      subject,
      permissionWords({ canEdit: entry.canEdit === true, canReveal: entry.canReveal === true }, text),
    );
  } else if (entry.action === 'revoke_advisor' && entry.outcome === 'allowed') {
    what = text.revokeFrom(subject);
  } else if (entry.action === 'read_document' && entry.reveal === true) {
    what = text.withFullNumbers(what);
  }
  return { who, what };
}
