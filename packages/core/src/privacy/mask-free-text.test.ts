import { describe, expect, it } from 'vitest';
import { maskCaseFileText, maskIdentifiersInText } from './mask-free-text.js';

describe('maskIdentifiersInText', () => {
  it.each([
    ['an 18-digit ID', '我的身份证110101199001011234', '我的身份证110101********1234'],
    ['an ID ending in X', '身份证号 11010119900101123X。', '身份证号 110101********123X。'],
    ['an ID ending in a lower-case x', 'id: 11010119900101123x', 'id: 110101********123X'],
    ['an ID in 6-8-4 groups with spaces', '证件 110101 19900101 1234', '证件 110101********1234'],
    ['an ID with dashes', '110101-19900101-123X', '110101********123X'],
    ['an ID in full-width digits', '身份证１１０１０１１９９００１０１１２３４', '身份证110101********1234'],
    ['a 15-digit ID from before 1999', '老身份证110101900101123', '老身份证110101*****1123'],
    ['a mobile number', '他打了13812345678', '他打了138****5678'],
    ['a mobile after a comma', '打给我,13812345678,谢谢', '打给我,138****5678,谢谢'],
    ['a mobile with +86 and dashes', '号码 +86 138-1234-5678', '号码 +86 138****5678'],
    ['a mobile with +86 and no space', '+8613812345678', '+86138****5678'],
    ['a mobile with 0086', '0086 139 1234 5678', '0086 139****5678'],
    ['a mobile in 3-4-4 groups', '158 1234 5678', '158****5678'],
    ['a mobile in full-width digits and dashes', '电话：１３８－１２３４－５６７８', '电话：138****5678'],
    ['a mobile with a full-width plus', '＋86 19912345678', '＋86 199****5678'],
    ['a mobile right after a date', '2026-12-07 13812345678 来电', '2026-12-07 138****5678 来电'],
    ['two numbers in one text', '13812345678 和 110101199001011234', '138****5678 和 110101********1234'],
  ])('masks %s', (_label, text, expected) => {
    expect(maskIdentifiersInText(text)).toBe(expected);
  });

  it.each([
    ['an amount with separators', '欠款 12,345.67 元'],
    ['a large amount', '本金 138,123,456.78 元'],
    ['an 11-digit amount in fen', '13812345678.90'],
    ['a date', '2026-12-07 前还款'],
    ['a date and a time', '2026-11-03T22:40'],
    ['a contract number of other lengths', '合同编号 HT20261207001、借据号 2026120700123456'],
    ['an 11-digit number that is not a mobile', '编号 20261207001'],
    ['a mobile-like run inside a longer number', '账户 6222021381234567890'],
    ['an 18-digit number without a birth date', '流水号 123456202613451234'],
    ['a landline', '客服 021-61234567'],
    ['a short number', '工号 10086，分机 1381'],
  ])('leaves %s alone', (_label, text) => {
    expect(maskIdentifiersInText(text)).toBe(text);
  });
});

describe('maskCaseFileText', () => {
  it('masks every text of a case file but the references, and leaves the input alone', () => {
    const file = {
      version: 1,
      asOf: '2026-11-20',
      circumstances: { notes: '我的电话13812345678' },
      debts: [
        {
          id: '13812345678',
          principal: '10000',
          contacts: [
            { at: '2026-11-03T22:40', number: '13912345678', notes: '报了身份证110101199001011234' },
          ],
        },
      ],
    };
    const before = structuredClone(file);
    expect(maskCaseFileText(file)).toEqual({
      version: 1,
      asOf: '2026-11-20',
      circumstances: { notes: '我的电话138****5678' },
      debts: [
        {
          id: '13812345678',
          principal: '10000',
          contacts: [
            { at: '2026-11-03T22:40', number: '139****5678', notes: '报了身份证110101********1234' },
          ],
        },
      ],
    });
    expect(file).toEqual(before);
  });
});
