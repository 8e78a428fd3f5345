import { createLprTable, parseCaseFileText, parseMarkdownBlocks, writeDocument } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import example from '../../../../../examples/five-loans-80k.json?raw';
import {
  agreementChecklist,
  checklistStorageKey,
  coveredByAgreement,
  missingItems,
  parseTicks,
  serializeTicks,
} from './agreement-checklist';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const DOCUMENT = `# 书面协议核对清单

- [ ] **还款总额**：写明一共还多少（你的目标是 10,281.52 元）。
- [ ] **停止催收**: 写明协议生效后停止催收。
- [ ] 留好一份

## 第二部分

- 不是清单
`;

describe('agreementChecklist', () => {
  const items = agreementChecklist(parseMarkdownBlocks(DOCUMENT));

  it('splits each item into its bold label and what to ask for', () => {
    expect(items).toEqual([
      { label: '还款总额', ask: '写明一共还多少（你的目标是 10,281.52 元）。' },
      { label: '停止催收', ask: '写明协议生效后停止催收。' },
      { label: '留好一份', ask: '' },
    ]);
  });

  it('lists the unticked items in order', () => {
    expect(missingItems(items, new Set(['停止催收'])).map((item) => item.label)).toEqual([
      '还款总额',
      '留好一份',
    ]);
    expect(missingItems(items, new Set(items.map((item) => item.label)))).toEqual([]);
  });

  it('reads what an agreement must state from the real agreement document', async () => {
    const written = await writeDocument({
      caseFile: caseFileOf(example),
      lpr: createLprTable(),
      debtId: 'bank-10k',
      kind: 'agreement',
      format: 'md',
    });
    if (!written.ok) throw new Error('the example case must write an agreement');
    const items = agreementChecklist(parseMarkdownBlocks(String(written.value.body)));
    expect(items.map((item) => item.label)).toEqual(
      expect.arrayContaining([
        '还款总额',
        '期数、金额、日期',
        '减免内容',
        '停止催收',
        '征信报送',
        '结清证明',
        '收款账户',
      ]),
    );
    expect(items.every((item) => item.ask !== '')).toBe(true);
  });
});

describe('ticks in storage', () => {
  it('round-trips', () => {
    const ticks = new Set(['还款总额', '征信报送']);
    expect(parseTicks(serializeTicks(ticks))).toEqual(ticks);
  });

  it('treats missing or damaged values as nothing ticked', () => {
    expect(parseTicks(null).size).toBe(0);
    expect(parseTicks('{not json').size).toBe(0);
    expect(parseTicks('{"a":1}').size).toBe(0);
    expect(parseTicks('["ok", 3, null]')).toEqual(new Set(['ok']));
  });

  it('keys the ticks by case and debt under the app prefix', () => {
    expect(checklistStorageKey('c1', 'bank-10k')).toBe('shangan.agreementChecklist.c1.bank-10k');
  });
});

describe('coveredByAgreement', () => {
  const items = [
    '还款总额',
    '期数、金额、日期',
    '减免内容',
    '停止催收',
    '征信报送',
    '结清证明',
    '收款账户',
    '某一期晚了怎么办',
    '谁来签',
    '留好一份',
  ].map((label) => ({ label, ask: '' }));
  const agreement = { total: '2000', instalments: [{ dueOn: '2026-12-10', amount: '2000' }] };

  it('covers nothing without a recorded agreement', () => {
    expect(coveredByAgreement(items, undefined).size).toBe(0);
  });

  it('covers the total and the schedule of any agreement, the rest from its terms', () => {
    expect([...coveredByAgreement(items, agreement)]).toEqual(['还款总额', '期数、金额、日期']);
    const full = {
      ...agreement,
      terms: {
        waived: '500',
        graceDays: 5,
        notes: '盖公章；停止催收；结清后15日内出具结清证明；如实报送征信；还至对公账户',
      },
    };
    expect([...coveredByAgreement(items, full)]).toEqual(items.slice(0, 9).map((item) => item.label));
  });
});
