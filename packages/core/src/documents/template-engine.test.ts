import { describe, expect, it } from 'vitest';
import {
  listTemplateVariables,
  renderTemplate,
  TemplateError,
  type TemplateScope,
} from './template-engine.js';

const CITATIONS: Record<string, string> = {
  'civil-code-680': '《民法典》第六百八十条',
  'loan-rules-25': '《民间借贷司法解释》第二十五条',
};

function resolveCitation(id: string): string {
  const text = CITATIONS[id];
  if (text === undefined) throw new Error(`unknown citation ${id}`);
  return text;
}

function render(template: string, variables: TemplateScope = {}): string {
  return renderTemplate(template, variables, resolveCitation);
}

/** The TemplateError thrown by `run`, so a test can check its message and line. */
function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('renderTemplate: values', () => {
  it('substitutes strings and numbers, with dotted paths and spaces inside the braces', () => {
    const variables = { debtor: { name: '张三', address: { city: '成都' } }, months: 24, rate: 0.036 };
    expect(render('{{debtor.name}}，{{ debtor.address.city }}，{{months}} 期，{{rate}}', variables)).toBe(
      '张三，成都，24 期，0.036\n',
    );
  });

  it('writes zero and negative zero as 0', () => {
    expect(render('{{a}} {{b}}', { a: 0, b: -0 })).toBe('0 0\n');
  });

  it('inserts values without interpreting template syntax in them', () => {
    expect(render('{{name}}', { name: '{{other}}' })).toBe('{{other}}\n');
  });

  it('escapes the Markdown characters that could change a value: * | backslash, and a block marker', () => {
    const variables = { phone: '138****5678', name: '张**', note: 'a|b\\c', heading: '# 不是标题' };
    expect(render('{{phone}} {{name}} {{note}} {{heading}}', variables)).toBe(
      '138\\*\\*\\*\\*5678 张\\*\\* a\\|b\\\\c \\# 不是标题\n',
    );
  });

  it.each([
    ['undefined', {}, /"debtor\.name" is undefined.*\(line 2\)/],
    ['null', { debtor: { name: null } }, /"debtor\.name" is null/],
    ['an object', { debtor: { name: { given: '三' } } }, /"debtor\.name" is an object/],
    ['an array', { debtor: { name: ['张三'] } }, /"debtor\.name" is an array/],
    ['NaN', { debtor: { name: Number.NaN } }, /"debtor\.name" is NaN/],
    ['Infinity', { debtor: { name: Number.POSITIVE_INFINITY } }, /"debtor\.name" is Infinity/],
    ['a boolean', { debtor: { name: true } }, /"debtor\.name" is a boolean \(true\)/],
    ['a path through a string', { debtor: '张三' }, /"debtor\.name" is undefined/],
  ])('refuses to output %s, naming the variable and the line', (_label, variables, message) => {
    const error = templateError(() => render('尊敬的：\n{{debtor.name}}', variables as TemplateScope));
    expect(error.message).toMatch(message);
    expect(error.line).toBe(2);
  });

  it('never reads inherited properties such as constructor or an array length', () => {
    expect(() => render('{{constructor}}')).toThrow(/"constructor" is undefined/);
    expect(() => render('{{toString}}')).toThrow(TemplateError);
    expect(() => render('{{items.length}}', { items: [1, 2] })).toThrow(/"items\.length" is undefined/);
  });
});

describe('renderTemplate: conditions', () => {
  const template = '{{#if x}}yes{{else}}no{{/if}}';

  it.each<[string, TemplateScope]>([
    ['true', { x: true }],
    ['a non-empty string', { x: 'a' }],
    ['a non-empty array', { x: [0] }],
    ['a non-zero number', { x: -1 }],
    ['an object', { x: {} }],
  ])('treats %s as true', (_label, variables) => {
    expect(render(template, variables)).toBe('yes\n');
  });

  it.each<[string, TemplateScope]>([
    ['false', { x: false }],
    ['an empty string', { x: '' }],
    ['an empty array', { x: [] }],
    ['zero', { x: 0 }],
    ['NaN', { x: Number.NaN }],
    ['Infinity', { x: Number.POSITIVE_INFINITY }],
    ['null', { x: null }],
    ['undefined', { x: undefined }],
    ['a missing variable', {}],
  ])('treats %s as false', (_label, variables) => {
    expect(render(template, variables)).toBe('no\n');
  });

  it('tests optional nested data without throwing', () => {
    expect(render('{{#if guarantor.name}}担保人：{{guarantor.name}}{{/if}}', {})).toBe('\n');
  });

  it('supports {{#unless}} with and without {{else}}', () => {
    expect(render('{{#unless paid}}未还清{{/unless}}', { paid: false })).toBe('未还清\n');
    expect(render('{{#unless paid}}未还清{{else}}已还清{{/unless}}', { paid: true })).toBe('已还清\n');
  });

  it('nests conditions', () => {
    const nested = '{{#if a}}A{{#if b}}B{{else}}b{{/if}}{{else}}{{#unless b}}-{{/unless}}{{/if}}';
    expect(render(nested, { a: true, b: true })).toBe('AB\n');
    expect(render(nested, { a: true, b: false })).toBe('Ab\n');
    expect(render(nested, { a: false, b: false })).toBe('-\n');
    expect(render(nested, { a: false, b: true })).toBe('\n');
  });
});

describe('renderTemplate: each', () => {
  it('repeats the body for each item, with {{this}} and a 1-based {{@index}}', () => {
    expect(render('{{#each names}}{{@index}}. {{this}}\n{{/each}}', { names: ['甲', '乙'] })).toBe(
      '1. 甲\n2. 乙\n',
    );
  });

  it('looks a name up on the item first, then on the outer scopes', () => {
    const variables = {
      creditor: '某银行',
      debts: [
        { name: '信用卡', amount: 1200 },
        { name: '消费贷', amount: 3000, creditor: '某小贷公司' },
      ],
    };
    const template = '{{#each debts}}{{name}}：{{amount}} 元（{{creditor}}）\n{{/each}}';
    expect(render(template, variables)).toBe('信用卡：1200 元（某银行）\n消费贷：3000 元（某小贷公司）\n');
  });

  it('nests, with {{@index}} and {{this}} of the innermost loop and lookups through every level', () => {
    const variables = {
      unit: '元',
      groups: [
        { title: '甲', amounts: [1, 2] },
        { title: '乙', amounts: [3] },
      ],
    };
    const template = [
      '{{#each groups}}',
      '{{@index}} {{title}}',
      '{{#each amounts}}',
      '- {{title}}{{@index}}: {{this}} {{unit}}',
      '{{/each}}',
      '{{/each}}',
    ].join('\n');
    expect(render(template, variables)).toBe('1 甲\n- 甲1: 1 元\n- 甲2: 2 元\n2 乙\n- 乙1: 3 元\n');
  });

  it('reads fields of the item with this.field', () => {
    expect(render('{{#each xs}}{{this.v}}{{/each}}', { v: 'outer', xs: [{ v: 'inner' }] })).toBe('inner\n');
  });

  it('renders nothing for an empty array', () => {
    expect(render('前{{#each xs}}{{this}}{{/each}}后', { xs: [] })).toBe('前后\n');
  });

  it('combines each with conditions on item fields', () => {
    const variables = { debts: [{ name: 'A', overdue: true }, { name: 'B' }] };
    const template = '{{#each debts}}{{name}}{{#if overdue}}（逾期）{{/if}}；{{/each}}';
    expect(render(template, variables)).toBe('A（逾期）；B；\n');
  });

  it.each<[string, TemplateScope]>([
    ['undefined', {}],
    ['a string', { debts: 'A' }],
    ['an object', { debts: { a: 1 } }],
  ])('refuses a path that is %s, naming it and the line', (_label, variables) => {
    const error = templateError(() => render('标题\n\n{{#each debts}}x{{/each}}', variables));
    expect(error.message).toMatch(/\{\{#each debts\}\} needs an array/);
    expect(error.line).toBe(3);
  });

  it('refuses an undefined primitive item like any other undefined value', () => {
    expect(() => render('{{#each xs}}{{this}}{{/each}}', { xs: ['a', undefined] })).toThrow(
      /"this" is undefined.*\(line 1\)/,
    );
  });
});

describe('renderTemplate: citations', () => {
  it('inserts the text the resolver gives', () => {
    expect(render('依据{{cite:civil-code-680}}和{{ cite:loan-rules-25 }}', {})).toBe(
      '依据《民法典》第六百八十条和《民间借贷司法解释》第二十五条\n',
    );
  });

  it('escapes the citation text like a value', () => {
    expect(renderTemplate('{{cite:x}}', {}, () => '第*条')).toBe('第\\*条\n');
  });

  it('passes the resolver error through', () => {
    expect(() => render('{{cite:no-such-law}}')).toThrow('unknown citation no-such-law');
  });
});

describe('renderTemplate: layout', () => {
  it('removes lines that hold only block tags, with their newline', () => {
    const template = [
      '# 协商函',
      '',
      '  {{#if hardship}}  ',
      '我目前收入减少。',
      '{{else}}',
      '我希望按时还款。',
      '{{/if}}',
      '',
      '{{#each debts}}',
      '- {{this}}',
      '{{/each}}',
      '此致',
    ].join('\n');
    expect(render(template, { hardship: true, debts: ['甲', '乙'] })).toBe(
      '# 协商函\n\n我目前收入减少。\n\n- 甲\n- 乙\n此致\n',
    );
  });

  it('removes a line holding several block tags only', () => {
    expect(render('a\n{{#if x}}{{#if y}}\nb\n{{/if}} {{/if}}\nc', { x: true, y: true })).toBe('a\nb\nc\n');
  });

  it('keeps a line where a block tag stands beside text', () => {
    expect(render('a\n{{#if x}}b{{/if}}\nc', { x: false })).toBe('a\n\nc\n');
  });

  it('collapses blank lines, trims line ends and ends with exactly one newline', () => {
    const template = '\n\n甲   \n\n\n\n{{#if no}}x{{/if}}\n\n乙\t\n\n\n';
    expect(render(template, {})).toBe('甲\n\n乙\n');
  });

  it('reads Windows line endings', () => {
    expect(render('{{#if x}}\r\na\r\n{{/if}}\r\nb\r\n', { x: true })).toBe('a\nb\n');
  });
});

describe('renderTemplate: syntax errors name the line', () => {
  it.each([
    ['an unclosed block', 'a\n{{#if x}}\nb', /\{\{#if x\}\} is never closed \(line 2\)/],
    [
      'an unclosed each inside a closed if',
      '{{#if x}}\n{{#each y}}\n{{/if}}',
      /closes \{\{#each y\}\} opened on line 2 \(line 3\)/,
    ],
    [
      'a mismatched close',
      '{{#each xs}}\n\n{{/if}}',
      /\{\{\/if\}\} closes \{\{#each xs\}\} opened on line 1 \(line 3\)/,
    ],
    ['a close without opening', 'a\n{{/each}}', /\{\{\/each\}\} has no opening tag \(line 2\)/],
    ['an unknown helper', '\n\n{{#with x}}{{/with}}', /unknown block helper \{\{#with\}\} \(line 3\)/],
    ['a helper without a path', '{{#if}}{{/if}}', /needs one variable path/],
    ['a helper with two paths', '{{#if a b}}{{/if}}', /needs one variable path/],
    ['else outside a condition', '{{#each xs}}{{else}}{{/each}}', /\{\{else\}\} is only allowed inside/],
    ['a second else', '{{#if x}}a{{else}}b{{else}}c{{/if}}', /second \{\{else\}\}/],
    ['an unclosed tag', 'a\nb {{name', /unclosed tag "\{\{name" \(line 2\)/],
    ['an empty tag', '{{}}', /bad tag \{\{\}\}/],
    ['a bad path', '{{a..b}}', /bad tag \{\{a\.\.b\}\}/],
    ['a bad citation id', '{{cite:}}', /bad citation id/],
    ['this outside each', '{{this}}', /"this" is only allowed inside \{\{#each\}\}/],
    ['@index outside each', '{{#if @index}}{{/if}}', /"@index" is only allowed inside \{\{#each\}\}/],
  ])('%s', (_label, template, message) => {
    expect(() => render(template, { x: true, xs: [1], y: [] })).toThrow(message);
  });

  it('reports syntax errors even in branches that are not taken', () => {
    expect(() => render('{{#if no}}{{#bogus}}{{/if}}', {})).toThrow(TemplateError);
  });
});

describe('listTemplateVariables', () => {
  it('lists top-level paths, condition and loop paths, and every citation id', () => {
    const template = [
      '{{debtor.name}} {{#if hardship.reason}}{{hardship.reason}}{{/if}}',
      '{{#each debts}}{{name}} {{cite:loan-rules-25}}{{#if overdue}}{{@index}}{{/if}}{{/each}}',
      '{{#unless paid}}{{cite:civil-code-680}}{{/unless}}',
    ].join('\n');
    const { variables, citations } = listTemplateVariables(template);
    expect([...variables].sort()).toEqual(['debtor.name', 'debts', 'hardship.reason', 'paid']);
    expect([...citations].sort()).toEqual(['civil-code-680', 'loan-rules-25']);
  });

  it('throws the same syntax errors as rendering', () => {
    expect(() => listTemplateVariables('{{#if x}}')).toThrow(TemplateError);
  });
});
