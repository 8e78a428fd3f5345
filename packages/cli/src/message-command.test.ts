import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const home = mkdtempSync(join(tmpdir(), 'shangan-home-'));
  const code = await main(argv, {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    env: { SHANGAN_HOME: home },
    today: '2026-11-21',
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'shangan-msg-'));
const debt = (id: string, lender: string, lenderType: string) => ({
  id,
  lender,
  lenderType,
  contractDate: '2025-05-10',
  principal: '30000',
});
const casePath = join(dir, 'case.json');
writeFileSync(
  casePath,
  JSON.stringify({
    version: 1,
    asOf: '2026-11-20',
    debts: [debt('card', '招商银行信用卡中心', 'credit_card'), debt('xd', '某某小贷有限公司', 'microloan')],
  }),
);

const MESSAGES = [
  '2026-11-20 22:40',
  '【招商銀行】您的信用卡已逾期，欠款１，２３４．５６元，請於１１月３０日前還款，否則將聯繫您的家人。',
  '',
  '2026-11-21 09:30 【某某小贷】你这个老赖，再不还就上门。回电13800138000，工号A1024。',
  '',
  '【工商银行】您的验证码为834921，5分钟内有效，请勿泄露给他人。',
].join('\n');

describe('shangan message', () => {
  it('prints each message with its fields, flags and basis, in Chinese by default', async () => {
    const result = await run(['message'], MESSAGES);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('消息识别结果（共3条）');
    expect(result.stdout).toContain('金额：1,234.56 元');
    expect(result.stdout).toContain('截止日期：2026-11-30');
    expect(result.stdout).toContain('联系或要告诉家人、单位等第三人');
    expect(result.stdout).toContain('工号：A1024');
    expect(result.stdout).toContain('行业自律');
    expect(result.stdout).toContain('这是普通通知，不记入催收记录。');
  });

  it('--json with a case: drafts linked by lender, summaries routed by lender type', async () => {
    const result = await run(['message', casePath, '--json'], MESSAGES);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.messages).toHaveLength(3);
    expect(report.messages[0].amount).toEqual({ value: '1234.56', confidence: 'high' });
    expect(report.drafts.map((d: { link: { debtId: string } }) => d.link.debtId)).toEqual(['card', 'xd']);
    expect(report.drafts[0].contact).toMatchObject({
      at: '2026-11-20T22:40',
      direction: 'incoming',
      flags: ['third_party'],
    });
    expect(report.drafts[0].contact.sha256).toMatch(/^[0-9a-f]{64}$/);
    const routes = Object.fromEntries(
      report.summaries.map((s: { debtId: string; summary: { route: { regulator: string } } }) => [
        s.debtId,
        s.summary.route.regulator,
      ]),
    );
    expect(routes.card).toContain('国家金融监督管理总局');
    expect(routes.xd).toContain('地方金融管理局');
    expect(report.skipped).toEqual([{ messageIndex: 2, kind: 'verification_code' }]);
  });

  it('--debt, --today and --lang en', async () => {
    const result = await run(
      ['message', casePath, '--debt', 'xd', '--today', '2026-12-01', '--lang', 'en'],
      '【某某】请于明天前还款',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Deadline: 2026-12-02');
    expect(result.stdout).toContain('logged under debt xd');
  });

  it('bad input exits 2 with a precise message', async () => {
    const empty = await run(['message'], '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('(stdin): 没有消息');
    const badDate = await run(['message', '--today', '2026-13-01'], 'x');
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.stderr).toContain('--today: 不是有效日期');
    const noCase = await run(['message', '--debt', 'card'], 'x');
    expect(noCase.stderr).toContain('--debt: 指定债务需要同时提供案件文件');
    const unknownDebt = await run(['message', casePath, '--debt', 'nope'], 'x');
    expect(unknownDebt).toMatchObject({ code: 2 });
    expect(unknownDebt.stderr).toContain('--debt: 没有编号为 nope 的债务；现有：card, xd');
    const missing = await run(['message', join(dir, 'missing.json')], 'x');
    expect(missing.stderr).toContain('找不到文件');
    expect((await run(['message', 'a.json', 'b.json'], 'x')).stderr).toContain('用法：shangan message');
  });

  it('is listed in the help', async () => {
    expect((await run(['help'])).stdout).toContain('shangan message [CASE.json]');
  });
});
