import { EXPENSE_LABELS } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { fieldName } from './field-names';
import { budgetMessages } from './messages';

const name = (key: string) => fieldName(key, budgetMessages.zh, EXPENSE_LABELS.zh);

describe('fieldName', () => {
  it('names each field the way the form labels it', () => {
    expect(name('incomes[1].monthly')).toBe('第 2 项收入每月多少钱');
    expect(name('incomes[0].name')).toBe('第 1 项收入的名称');
    expect(name('incomes')).toBe('每月收入');
    expect(name('irregularCosts[0].every')).toBe('第 1 项几个月一次');
    expect(name('irregularCosts[2].category')).toBe('第 3 项属于哪类支出');
    expect(name('irregularCosts')).toBe('不定期支出（按月分摊）');
    expect(name('priorityDebts[1].monthly')).toBe('第 2 项每月要付多少钱');
    expect(name('priorityDebts[0].arrears')).toBe('第 1 项一共还欠多少（不知道可以空着）');
    expect(name('priorityDebts[0].kind')).toBe('第 1 项优先债务是什么');
    expect(name('priorityDebts')).toBe('优先债务（先付，全额）');
    expect(name('expenses.food')).toBe('伙食');
    expect(name('lumpSum')).toBe('现在能一次性拿出的钱');
    expect(name('safetyMargin')).toBe('每月留作应急的钱');
    expect(name('something.else')).toBe('something.else');
  });
});
