import type { CaseFileInput } from '@shangan/core';

/** A part of the case file the person edits as one: the header sections and the analysis date. */
export type CaseSection = 'asOf' | 'person' | 'budget' | 'circumstances' | 'plan';

/** One difference between the case as the person had it and as it is stored now. */
export type CaseChange =
  | { kind: 'section'; section: CaseSection }
  | { kind: 'debt_added'; debtId: string; lender: string }
  | { kind: 'debt_removed'; debtId: string; lender: string }
  /** `fields`: the debt's own keys that differ (lender, principal, payments, …), in file order. */
  | { kind: 'debt_changed'; debtId: string; lender: string; fields: string[] };

const SECTIONS: readonly CaseSection[] = ['asOf', 'person', 'budget', 'circumstances', 'plan'];

type Debt = CaseFileInput['debts'][number];

/**
 * What differs between two versions of a case file, part by part: what someone else changed while
 * the person was editing (after a 412). Contacts are left out: they are only ever appended, never
 * lost by an edit, and the contact log shows them.
 */
export function caseChanges(had: CaseFileInput, now: CaseFileInput): CaseChange[] {
  const changes: CaseChange[] = [];
  for (const section of SECTIONS) {
    if (!sameValue(had[section], now[section])) changes.push({ kind: 'section', section });
  }
  const before = new Map(had.debts.map((debt) => [debt.id, debt]));
  const after = new Map(now.debts.map((debt) => [debt.id, debt]));
  for (const debt of had.debts) {
    if (!after.has(debt.id)) changes.push({ kind: 'debt_removed', debtId: debt.id, lender: debt.lender });
  }
  for (const debt of now.debts) {
    const old = before.get(debt.id);
    if (old === undefined) {
      changes.push({ kind: 'debt_added', debtId: debt.id, lender: debt.lender });
      continue;
    }
    const fields = changedFields(old, debt);
    if (fields.length > 0)
      changes.push({ kind: 'debt_changed', debtId: debt.id, lender: debt.lender, fields });
  }
  return changes;
}

function changedFields(had: Debt, now: Debt): string[] {
  const keys = [...new Set([...Object.keys(now), ...Object.keys(had)])].filter((key) => key !== 'contacts');
  const value = (debt: Debt, key: string) => (debt as Record<string, unknown>)[key];
  return keys.filter((key) => !sameValue(value(had, key), value(now, key)));
}

/**
 * The same JSON value, whatever the order of object keys. A missing value and an empty list are
 * the same (the server leaves out a debt's empty payments).
 */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
