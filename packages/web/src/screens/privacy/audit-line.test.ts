import type { AuditEntryJson } from '@shangan/contract';
import { describe, expect, it } from 'vitest';
import { accessMessages } from './access-messages';
import { auditLine, permissionWords } from './audit-line';

const entry = (over: Partial<AuditEntryJson>): AuditEntryJson => ({
  at: '2026-12-01T08:00:00.000Z',
  actor: { kind: 'advisor', email: 'lawyer@example.org' },
  action: 'read_case',
  outcome: 'allowed',
  clientAddress: '203.0.113.5',
  evidenceId: null,
  reveal: null,
  advisorEmail: null,
  canEdit: null,
  canReveal: null,
  ...over,
});

describe('the audit log in words', () => {
  const zh = accessMessages.zh;
  it('names the advisor, the owner as 你, and anyone else without their address', () => {
    expect(auditLine(entry({}), zh)).toEqual({ who: '顾问 lawyer@example.org', what: '查看案件' });
    expect(auditLine(entry({ actor: { kind: 'owner' }, action: 'export_case_revealed' }), zh)).toEqual({
      who: '你',
      what: '导出案件（含完整电话、身份证号和住址）',
    });
    expect(auditLine(entry({ actor: { kind: 'other' }, outcome: 'refused' }), zh).who).toBe('其他账户');
  });

  it('says what a grant allowed, whom a revocation was about, and when a draft had the full numbers', () => {
    const grant = entry({
      actor: { kind: 'owner' },
      action: 'grant_advisor',
      advisorEmail: 'lawyer@example.org',
      canEdit: true,
      canReveal: false,
    });
    expect(auditLine(grant, zh).what).toBe(
      '授权 lawyer@example.org：可以修改（改债务和还款、记录联系、协议）',
    );
    expect(auditLine({ ...grant, canEdit: false }, zh).what).toBe('授权 lawyer@example.org：只能查看和起草');
    expect(auditLine({ ...grant, action: 'revoke_advisor' }, zh).what).toBe(
      '取消了 lawyer@example.org 的授权',
    );
    expect(auditLine(entry({ action: 'read_document', reveal: true }), accessMessages.en).what).toBe(
      'drafted a document (with full phone and ID numbers)',
    );
    // A refused grant says what was tried, not what was granted.
    expect(auditLine({ ...grant, outcome: 'refused' }, zh).what).toBe('授权顾问');
  });

  it('joins both permissions in the language shown', () => {
    expect(permissionWords({ canEdit: true, canReveal: true }, accessMessages.en)).toBe(
      'May change it (debts and payments, contacts, agreements); May export full phone and ID numbers and the address',
    );
  });
});
