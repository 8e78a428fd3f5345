import type { ApiIssue } from '@shangan/contract';
import { contactSchema } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { issuesByField, newDraft, splitCounterpart, toContactBody } from './contact-draft';

describe('splitCounterpart', () => {
  it('finds the staff number and the name', () => {
    expect(splitCounterpart('张经理 工号 A1024')).toEqual({ staffId: 'A1024', counterpartName: '张经理' });
    expect(splitCounterpart('工号：1024')).toEqual({ staffId: '1024' });
    expect(splitCounterpart('王女士')).toEqual({ counterpartName: '王女士' });
    expect(splitCounterpart('  ')).toEqual({});
    expect(splitCounterpart('Li, staff no. 88-01')).toEqual({ staffId: '88-01', counterpartName: 'Li' });
  });
});

describe('toContactBody', () => {
  it('leaves out empty fields and passes the core schema', () => {
    const body = toContactBody({
      ...newDraft('2026-11-03T22:40'),
      counterpart: '李 工号 9527',
      theySaid: '  说要上门  ',
      theyPromised: '11月10日前给书面方案',
      iPromised: ' ',
      flags: ['threat'],
      notes: '语气很凶。\n录音在手机里',
    });
    expect(body).toEqual({
      at: '2026-11-03T22:40',
      channel: 'phone',
      direction: 'incoming',
      staffId: '9527',
      counterpartName: '李',
      theySaid: '说要上门',
      theyPromised: '11月10日前给书面方案',
      flags: ['threat'],
      notes: '语气很凶。\n录音在手机里',
    });
    expect(contactSchema.safeParse(body).success).toBe(true);
  });

  it('sends a fresh form as the three required fields and no flags', () => {
    expect(toContactBody(newDraft('2026-11-03T22:40', 'outgoing'))).toEqual({
      at: '2026-11-03T22:40',
      channel: 'phone',
      direction: 'outgoing',
      flags: [],
    });
  });
});

describe('issuesByField', () => {
  it('maps issue paths to the fields that hold them, in the catalog’s words of the UI language', () => {
    const tooLong = (maximum: number) =>
      ({ code: 'too_big', params: { origin: 'text', maximum, inclusive: true } }) as const;
    const issues: ApiIssue[] = [
      { path: 'at', code: 'invalid_date_time', params: {} },
      { path: 'staffId', ...tooLong(50) },
      { path: 'counterpartName', ...tooLong(100) },
      { path: 'flags[0]', code: 'not_one_of', params: { allowed: ['threat', 'insult'] } },
      { path: 'theyPromised', ...tooLong(2000) },
      { path: 'notes', ...tooLong(5000) },
      { path: '', code: 'unknown_fields', params: { keys: ['extra'] } },
      { path: 'constructor', code: 'invalid', params: {} },
    ];
    expect(issuesByField(issues, 'zh')).toEqual({
      at: '不是有效的日期时间，格式为 YYYY-MM-DDTHH:mm，例如 2026-11-03T22:40',
      counterpart: '不能超过 50 个字符',
      flags: '应为 threat | insult 之一',
      theyPromised: '不能超过 2000 个字符',
      notes: '不能超过 5000 个字符',
      form: '未知字段 extra',
    });
    expect(issuesByField(issues, 'en')).toMatchObject({
      counterpart: 'at most 50 characters',
      form: 'unknown field extra',
    });
  });
});
