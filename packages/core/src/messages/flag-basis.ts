import type { CitationId } from '../law/citations.js';
import type { FlagSeverity, MessageFlagCode } from './message-types.js';

interface FlagBasis {
  severity: FlagSeverity;
  citations: CitationId[];
}

/**
 * Why each flag matters, as citation ids (shared/reference/legal.md §6; C/S sources only). The
 * banking association's 2026 guideline is industry self-regulation and is shown as such by its
 * citation. A lawsuit is lawful in itself: the flag is information, citing what a real court
 * procedure looks like. Paying into a personal account is a safety rule of thumb, not a statute,
 * so it cites nothing. 刑法第293条之一 is added only where the debt itself is illegal (see below).
 */
const BASIS: Record<MessageFlagCode, FlagBasis> = {
  threat_lawsuit: { severity: 'info', citations: ['civil-procedure-payment-order'] },
  threat_visit: { severity: 'warning', citations: ['civil-code-1033', 'cba-collection-guideline-2026'] },
  third_party_contact: {
    severity: 'warning',
    citations: ['civil-code-1032', 'pipl-10', 'pipl-23', 'cba-collection-guideline-2026'],
  },
  contact_list_exposure: {
    severity: 'serious',
    citations: [
      'pipl-10',
      'pipl-23',
      'civil-code-1032',
      'consumer-protection-29',
      'cba-collection-guideline-2026',
    ],
  },
  impersonation_authority: { severity: 'serious', citations: ['cba-collection-guideline-2026'] },
  personal_account: { severity: 'serious', citations: [] },
  credit_repair_scam: { severity: 'warning', citations: ['credit-reporting-16', 'credit-reporting-25'] },
  insult_or_threat: {
    severity: 'serious',
    citations: ['consumer-protection-14', 'consumer-protection-27', 'cba-collection-guideline-2026'],
  },
  night_contact: { severity: 'warning', citations: ['cba-collection-guideline-2026', 'civil-code-1033'] },
  too_frequent: { severity: 'warning', citations: ['cba-collection-guideline-2026', 'civil-code-1033'] },
};

/** Flags describing intimidation or harassment, which 刑法第293条之一 covers for illegal debts. */
const HARASSMENT: ReadonlySet<MessageFlagCode> = new Set([
  'threat_visit',
  'contact_list_exposure',
  'insult_or_threat',
  'too_frequent',
  'night_contact',
]);

/**
 * The basis of one flag. `illegalDebt` — the debt is itself illegal (an unlicensed lender, usury):
 * only then does the crime of collecting illegal debts (刑法第293条之一) apply to intimidation,
 * stalking and harassment; for a lawful debt it is never cited.
 */
export function flagBasis(code: MessageFlagCode, illegalDebt: boolean): FlagBasis {
  const basis = BASIS[code];
  const citations: CitationId[] =
    illegalDebt && HARASSMENT.has(code) ? [...basis.citations, 'criminal-law-293-1'] : [...basis.citations];
  return { severity: basis.severity, citations };
}
