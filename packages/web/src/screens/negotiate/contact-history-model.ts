import type { EvidenceSummary, StoredContact } from '@shangan/contract';
import { type Contact, type ContactFlag, contactSchema, flagContacts } from '@shangan/core';

export interface ContactEntry {
  id: string;
  contact: Contact;
  evidence: EvidenceSummary[];
  /** Marked by the person, plus night calls and too many calls a day, derived by the core. */
  flags: ContactFlag[];
}

/**
 * One debt's contacts, newest first, read through the core's schema (the server stored them
 * validated by it; anything that no longer parses is left out rather than shown half-read).
 */
export function debtContacts(all: readonly StoredContact[], debtId: string): ContactEntry[] {
  const parsed = all.flatMap((stored, index) => {
    if (stored.debtId !== debtId) return [];
    const result = contactSchema.safeParse(stored.contact);
    return result.success ? [{ stored, contact: result.data, index }] : [];
  });
  const flags = flagContacts(parsed.map((entry) => entry.contact));
  return parsed
    .map((entry, at) => ({ ...entry, flags: flags[at] ?? [] }))
    .sort((a, b) =>
      a.contact.at === b.contact.at ? b.index - a.index : a.contact.at < b.contact.at ? 1 : -1,
    )
    .map(({ stored, contact, flags: contactFlags }) => ({
      id: stored.id,
      contact,
      evidence: stored.evidence,
      flags: contactFlags,
    }));
}

/** 532 → "532 B", 20971520 → "20.0 MB" (binary units, as phones show file sizes). */
export function showBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The first 12 hex digits of a SHA-256: enough to match a file by eye against the full value. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
