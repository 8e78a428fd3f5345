import { describe, expect, it } from 'vitest';
import { type CaseFile, caseFileSchema } from '../case/case-schema.js';
import { contactSchema } from '../case/contact-schema.js';
import { date } from '../dates/calendar-date.js';
import { sha256Hex } from '../messages/sha256.js';
import { messagesReportJson } from '../report/messages-report-json.js';
import { messagesReportText } from '../report/messages-report-text.js';
import { importMessages } from './import-messages.js';

const today = date('2026-11-21');
const debt = (id: string, lender: string, lenderType: string, contacts: unknown[] = []) => ({
  id,
  lender,
  lenderType,
  contractDate: '2025-05-10',
  principal: '30000',
  contacts,
});
const caseFile: CaseFile = caseFileSchema.parse({
  version: 1,
  asOf: '2026-11-20',
  debts: [
    debt('card', '招商银行信用卡中心', 'credit_card'),
    debt('zl', '招联消费金融有限公司', 'consumer_finance', [
      { at: '2026-11-20T09:00', channel: 'phone', direction: 'incoming' },
    ]),
    debt('gaopao', '某某速借', 'unlicensed'),
  ],
});

const THREE = [
  '2026-11-20 22:40\n【招商銀行】您的信用卡已逾期，欠款１，２３４．５６元，否則將聯繫您的家人。',
  '2026-11-20 10:15\n【招联金融】你这个老赖，再不还就上门，出门小心点。回电13800138000，工号A1024。',
  '2026-11-21 09:30 【某某速借】请把钱转到我个人账户，不然爆你通讯录。',
].join('\n\n');

describe('importMessages', () => {
  it('three messages → three contact entries linked to their debts, with flags, hashes and summaries', () => {
    const result = importMessages({ text: THREE, today, caseFile });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { drafts, summaries, messages } = result.value;
    expect(drafts.map((d) => d.link.debtId)).toEqual(['card', 'zl', 'gaopao']);
    expect(drafts.map((d) => d.contact.flags)).toEqual([
      ['third_party'],
      ['threat', 'insult'],
      ['third_party', 'private_account'],
    ]);
    for (const draft of drafts) {
      expect(contactSchema.safeParse(draft.contact).success).toBe(true);
      expect(draft.contact.direction).toBe('incoming');
      expect(draft.contact.sha256).toBe(sha256Hex(draft.contact.theySaid ?? ''));
      expect(THREE).toContain(draft.contact.theySaid);
    }
    expect(drafts[0]?.contact).toMatchObject({
      at: '2026-11-20T22:40',
      channel: 'sms',
      counterpartName: '招商银行',
    });
    expect(drafts[1]?.contact).toMatchObject({ number: '13800138000', staffId: 'A1024' });
    expect(drafts[2]?.assumed).toEqual([]);
    // Only the unlicensed lender's harassment cites 刑法第293条之一.
    expect(messages[2]?.flags.find((f) => f.code === 'contact_list_exposure')?.citations).toContain(
      'criminal-law-293-1',
    );
    expect(messages[1]?.flags.flatMap((f) => f.citations)).not.toContain('criminal-law-293-1');

    const byDebt = new Map(summaries.map((s) => [s.debtId, s.summary]));
    expect(byDebt.get('card')?.route.channel).toContain('12378');
    expect(byDebt.get('card')?.days).toEqual([
      {
        date: '2026-11-20',
        attempts: 1,
        night: 1,
        tooFrequent: false,
        flags: { third_party_contact: 1, night_contact: 1 },
      },
    ]);
    // The logged call of that morning counts with the pasted message.
    expect(byDebt.get('zl')?.days[0]?.attempts).toBe(2);
    expect(byDebt.get('zl')).toMatchObject({ police: true, policeReasons: ['threat'] });
    expect(byDebt.get('gaopao')).toMatchObject({ police: true, policeReasons: ['unlicensed'] });
    expect(byDebt.get('gaopao')?.route.channel).toContain('110');
  });

  it('--debt puts every message under that debt; an ambiguous or unknown lender asks', () => {
    const chosen = importMessages({ text: THREE, today, caseFile, debtId: 'zl' });
    expect(chosen.ok && chosen.value.drafts.map((d) => d.link.debtId)).toEqual(['zl', 'zl', 'zl']);
    const unknown = importMessages({ text: '【某某资产】您的欠款已逾期，请尽快处理。', today, caseFile });
    expect(unknown.ok && unknown.value.drafts[0]?.link).toEqual({
      debtId: null,
      candidates: ['card', 'zl', 'gaopao'],
      basis: 'unmatched',
    });
    // No date or time in the message: today at noon, marked as assumed, and left out of the days.
    expect(unknown.ok && unknown.value.drafts[0]?.assumed).toEqual(['date', 'time']);
    expect(unknown.ok && unknown.value.drafts[0]?.contact.at).toBe('2026-11-21T12:00');
    expect(unknown.ok && unknown.value.summaries).toEqual([]);
  });

  it('ordinary notices are read but not logged; a text already in the log is marked', () => {
    const logged = caseFileSchema.parse({
      ...caseFile,
      debts: [
        debt('card', '招商银行', 'credit_card', [
          {
            at: '2026-11-19T10:00',
            channel: 'sms',
            direction: 'incoming',
            theySaid: '【招商银行】您的信用卡已逾期，请尽快还款。',
          },
        ]),
      ],
    });
    const result = importMessages({
      text: '【招商银行】您的验证码为834921，5分钟内有效。\n\n【招商银行】您的信用卡已逾期，请尽快还款。',
      today,
      caseFile: logged,
    });
    expect(result.ok && result.value.skipped).toEqual([{ messageIndex: 0, kind: 'verification_code' }]);
    expect(result.ok && result.value.drafts.map((d) => d.alreadyLogged)).toEqual([true]);
    expect(result.ok && result.value.summaries).toEqual([]);
  });

  it('bad input: a precise problem per field', () => {
    expect(importMessages({ text: '  \n ', today })).toMatchObject({
      ok: false,
      issues: [{ path: 'text', code: 'no_messages' }],
    });
    expect(importMessages({ text: 'x', today, debtId: 'card' })).toMatchObject({
      ok: false,
      issues: [{ path: 'debtId', code: 'debt_needs_case_file' }],
    });
    const missing = importMessages({ text: 'x', today, caseFile, debtId: 'nope' });
    expect(missing).toMatchObject({
      ok: false,
      issues: [
        { path: 'debtId', code: 'unknown_debt', params: { id: 'nope', known: ['card', 'zl', 'gaopao'] } },
      ],
    });
    const long = importMessages({ text: '逾期'.repeat(3000), today });
    expect(long).toMatchObject({ ok: false, issues: [{ path: 'messages[0]', code: 'message_too_long' }] });
  });

  it('renders text and JSON in both languages from the same result', () => {
    const result = importMessages({ text: THREE, today, caseFile });
    if (!result.ok) throw new Error('expected ok');
    const zh = messagesReportText(result.value, 'zh');
    expect(zh).toContain('消息识别结果（共3条）');
    expect(zh).toContain('行业自律');
    expect(zh).toContain('可以拨打110');
    expect(zh).toContain('防骗常识');
    expect(messagesReportText(result.value, 'en')).toContain('Contact log');
    const json = messagesReportJson(result.value, 'en');
    expect(json.messages[0]?.amount?.value).toBe('1234.56');
    expect(json.messages[0]?.flags[0]?.citations[0]).toMatchObject({
      id: expect.any(String),
      confidence: expect.stringMatching(/^[CS]$/),
    });
  });
});
