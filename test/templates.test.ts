// The document templates in content/templates/*.md are data written for review by a lawyer. These
// checks keep them honest: the generated module matches the files, every legal reference goes
// through a known citation id, every {{path}} exists in DocumentVariables with the right kind of
// value, known errors from popular articles never appear, and every template renders, both with
// synthetic values (every flag on, every flag off) and with the worked examples.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACKNOWLEDGING_KINDS,
  CITATIONS,
  type CitationId,
  createLprTable,
  DOCUMENT_KINDS,
  type DocumentKind,
  documentKindsFor,
  formatDocumentCitation,
  parseCaseFileText,
  parseMarkdownBlocks,
  planCaseFile,
  renderDocumentMarkdown,
  renderTemplate,
  type TemplateScope,
  type TemplateValue,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../packages/core/src/documents/templates.generated.js';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const templatesDir = `${root}content/templates/`;
const examplesDir = `${root}examples/`;

const templateFiles = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.md'))
  .sort();
const templates = new Map(
  templateFiles.map((file) => [
    file.slice(0, -'.md'.length),
    readFileSync(`${templatesDir}${file}`, 'utf8').replace(/\r\n?/g, '\n'),
  ]),
);
const kinds = [...DOCUMENT_KINDS];
const entries = kinds.map((kind) => [kind, templates.get(kind) ?? ''] as const);

/** The documents that acknowledge the debt, so they must warn first when limitation may have run. */
const ACKNOWLEDGING: readonly DocumentKind[] = ACKNOWLEDGING_KINDS;
/** What only our own review of a source says: never in a document (issue 10). */
const REVIEW_NOTES = ['待核对', '二手资料', '核对原文', '条号未核对'];
const FOOTER = '本文件由上岸根据你填写的信息生成，仅供参考，不是法律意见。';

// ---- DocumentVariables, read from its source text ---------------------------------------------

type Shape =
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'list'; item: Shape }
  | { kind: 'object'; fields: Map<string, Shape> };

/**
 * The shape of DocumentVariables, parsed from document-variables.ts (interfaces do not exist at run
 * time). Handles what that file uses: nested object types, `T[]`, `[key: string]: unknown`.
 */
function documentVariablesShape(): Extract<Shape, { kind: 'object' }> {
  const source = readFileSync(`${root}packages/core/src/documents/document-variables.ts`, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '');
  const start = source.indexOf('{', source.indexOf('export interface DocumentVariables'));
  const tokens = [...source.slice(start).matchAll(/[A-Za-z_$][\w$]*|[{}[\]:;?,]/g)].map((m) => m[0]);
  let position = 0;
  const next = () => tokens[position++] ?? '';
  const expect = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`document-variables.ts: expected "${token}", got "${got}"`);
  };
  const parseType = (): Shape => {
    const token = next();
    let shape: Shape;
    if (token === '{') shape = parseObjectBody();
    else if (token === 'string' || token === 'number') shape = { kind: 'string' };
    else if (token === 'boolean') shape = { kind: 'boolean' };
    else throw new Error(`document-variables.ts: unsupported type "${token}"`);
    while (tokens[position] === '[' && tokens[position + 1] === ']') {
      position += 2;
      shape = { kind: 'list', item: shape };
    }
    return shape;
  };
  const parseObjectBody = (): Extract<Shape, { kind: 'object' }> => {
    const fields = new Map<string, Shape>();
    while (tokens[position] !== '}') {
      if (position >= tokens.length) throw new Error('document-variables.ts: unclosed {');
      if (tokens[position] === '[') {
        // An index signature: skip it.
        while (next() !== ';');
        continue;
      }
      const name = next();
      if (tokens[position] === '?') position += 1;
      expect(':');
      fields.set(name, parseType());
      if (tokens[position] === ';' || tokens[position] === ',') position += 1;
    }
    position += 1;
    return { kind: 'object', fields };
  };
  expect('{');
  return parseObjectBody();
}

const VARIABLES = documentVariablesShape();

/**
 * Every variable tag of a template with the shape it resolves to, resolved the way the engine does:
 * inside {{#each}} a name is looked up on the item first, then on the outer scopes.
 */
function templateUses(template: string): { tag: string; line: number; shape: Shape | undefined }[] {
  const uses: { tag: string; line: number; shape: Shape | undefined }[] = [];
  const scopes: Shape[] = [VARIABLES];
  const blocks: ('if' | 'each')[] = [];
  const resolve = (path: string): Shape | undefined => {
    if (path === '@index') return scopes.length > 1 ? { kind: 'string' } : undefined;
    const [first = '', ...rest] = path.split('.');
    let shape: Shape | undefined;
    if (first === 'this') shape = scopes.length > 1 ? scopes.at(-1) : undefined;
    else
      shape = [...scopes]
        .reverse()
        .map((scope) => (scope.kind === 'object' ? scope.fields.get(first) : undefined))
        .find((found) => found !== undefined);
    for (const segment of rest) shape = shape?.kind === 'object' ? shape.fields.get(segment) : undefined;
    return shape;
  };
  template.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      const tag = match[1] ?? '';
      const line = index + 1;
      if (tag.startsWith('cite:') || tag === 'else') continue;
      const open = /^#(if|unless|each)\s+(\S+)$/.exec(tag);
      if (open) {
        const shape = resolve(open[2] ?? '');
        uses.push({ tag, line, shape });
        if (open[1] === 'each') {
          blocks.push('each');
          scopes.push(shape?.kind === 'list' ? shape.item : { kind: 'object', fields: new Map() });
        } else blocks.push('if');
      } else if (tag.startsWith('/')) {
        if (blocks.pop() === 'each') scopes.pop();
      } else uses.push({ tag, line, shape: resolve(tag) });
    }
  });
  return uses;
}

function citationIds(template: string): string[] {
  return [...template.matchAll(/\{\{\s*cite:([^}\s]+)\s*\}\}/g)].map((match) => match[1] ?? '');
}

// ---- Synthetic values --------------------------------------------------------------------------

/** A value for every variable: «path» for strings, `flags` for booleans, one item per list. */
function sample(shape: Shape, path: string, flags: boolean): TemplateValue {
  switch (shape.kind) {
    case 'string':
      return `«${path}»`;
    case 'boolean':
      return flags;
    case 'list':
      return [sample(shape.item, `${path}[0]`, flags)];
    case 'object':
      return Object.fromEntries(
        [...shape.fields].map(([name, field]) => [
          name,
          sample(field, path ? `${path}.${name}` : name, flags),
        ]),
      );
  }
}

function citationText(id: string): string {
  if (!Object.hasOwn(CITATIONS, id)) throw new Error(`unknown citation ${id}`);
  return formatDocumentCitation(id as CitationId);
}

function renderWith(kind: DocumentKind, flags: boolean, overrides: Record<string, TemplateValue> = {}) {
  const variables = { ...(sample(VARIABLES, '', flags) as TemplateScope), ...overrides };
  return renderTemplate(TEMPLATES[kind], variables, citationText);
}

// ---- Tests --------------------------------------------------------------------------------------

describe('content/templates and the generated module', () => {
  it('has exactly one template per document kind', () => {
    expect([...templates.keys()].sort()).toEqual([...kinds].sort());
  });

  it('templates.generated.ts is up to date (npm run templates)', () => {
    const check = spawnSync(process.execPath, [`${root}scripts/generate-templates.mjs`, '--check'], {
      encoding: 'utf8',
    });
    expect(`${check.stdout}${check.stderr}`).toContain('up to date');
    expect(check.status).toBe(0);
    expect(Object.keys(TEMPLATES).sort()).toEqual([...kinds].sort());
    for (const [kind, text] of entries) expect(TEMPLATES[kind], kind).toBe(text);
  });
});

describe.each(entries)('template %s', (kind, template) => {
  it('cites only known citation ids', () => {
    const ids = citationIds(template);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !Object.hasOwn(CITATIONS, id))).toEqual([]);
  });

  it('uses only variables of DocumentVariables, each as the right kind of value', () => {
    const problems = templateUses(template).flatMap(({ tag, line, shape }) => {
      const wanted = tag.startsWith('#each') ? 'list' : tag.startsWith('#') ? 'boolean' : 'string';
      if (shape === undefined) return [`line ${line}: {{${tag}}} is not a DocumentVariables path`];
      if (shape.kind !== wanted) return [`line ${line}: {{${tag}}} is a ${shape.kind}, needs a ${wanted}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('states law only through {{cite:…}}: no hand-typed article numbers or instrument titles', () => {
    const text = template.replace(/\{\{[^}]*\}\}/g, '');
    expect(text).not.toMatch(/第\s*[0-9０-９一二三四五六七八九十百千零〇]+\s*条/);
    expect(text).not.toContain('《');
    expect(text).not.toMatch(/法释〔|法发〔|银发〔/);
  });

  it('repeats none of the known errors and promises nothing', () => {
    for (const banned of [
      '银保监',
      'CBIRC',
      '671',
      '六百七十一',
      '保证',
      '一定能',
      '肯定能',
      '必须同意',
      '必须给',
      '百分之百',
      '马上恢复',
      '还清后删除',
      '结清后删除',
      '24%不受保护',
      '36%',
    ]) {
      expect(template, banned).not.toContain(banned);
    }
    // 停息挂账 is slang, not a right: only ever mentioned to say so.
    for (const line of template.split('\n').filter((text) => text.includes('停息挂账'))) {
      expect(line).toMatch(/不是/);
    }
  });

  it('keeps the ceiling private: only the call script names it', () => {
    if (kind === 'script') expect(template).toContain('{{offer.ceiling}}');
    else expect(template).not.toMatch(/\{\{\s*offer\.ceiling/);
  });

  it('stays inside the Markdown subset and puts block tags on their own lines', () => {
    for (const [index, line] of template.split('\n').entries()) {
      const where = `line ${index + 1}: ${line}`;
      expect(line, where).not.toMatch(/^\s*#{4,}|<[a-zA-Z/!]|!\[|\]\(|^\s*\*\s|^\s*\+\s|^\t|^ {2,}\S/);
      if (/\{\{\s*[#/]|\{\{\s*else\s*\}\}/.test(line)) {
        expect(line.replace(/\{\{[^}]*\}\}/g, '').trim(), where).toBe('');
      }
    }
  });

  it('carries no review note of ours', () => {
    for (const note of REVIEW_NOTES) expect(template, note).not.toContain(note);
  });

  // The call script is the person's own; every other document is sent, filed or handed in.
  if (kind !== 'script') {
    it('ends with a signature, a date, what to attach and how to send it with proof', () => {
      expect(template).toMatch(/（签[名字]）(\*\*)?：_+\n日期：____年____月____日/);
      expect(template).toMatch(/附件|证据清单/);
      const delivery = template.slice(template.lastIndexOf('\n## 怎样'));
      expect(delivery).toMatch(/^\n## 怎样.*（只给你自己看/);
      expect(delivery).toContain('在上岸里');
      expect(delivery).toContain('{{#if person.isMasked}}');
      if (kind !== 'police_report') expect(delivery).toMatch(/EMS/);
    });

    it('identifies the person as the recipient needs: name, ID number, phone, address', () => {
      for (const tag of ['{{person.name}}', '{{person.idNumber}}', '{{person.phone}}', '{{person.address}}'])
        expect(template, tag).toContain(tag);
      expect(template).toContain('{{debt.contractNumber}}');
    });
  }

  it('ends with the disclaimer line', () => {
    expect(template.trimEnd().endsWith(FOOTER)).toBe(true);
  });

  // Only the documents that acknowledge the debt carry the warning (registered, not skipped, for them).
  if (ACKNOWLEDGING.includes(kind)) {
    it('opens with the limitation warning, citing the restart and waiver rules', () => {
      const body = template.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('# '));
      expect(body[0]).toBe('{{#if limitation.warn}}');
      const block = template.slice(template.indexOf('{{#if limitation.warn}}'));
      const callout = block.slice(0, block.indexOf('{{/if}}'));
      expect(callout).toContain('{{limitation.since}}');
      expect(callout).toContain('{{cite:spc-limitation-2020-14}}');
      expect(callout).toContain('{{cite:civil-code-192}}');
      expect(callout).toContain('12348');
    });
  }

  it.each([true, false])('renders with synthetic values, every flag %s', (flags) => {
    const output = renderWith(kind, flags);
    expect(output).not.toMatch(/\{\{|\}\}|undefined|\[object /);
    expect(output.trimEnd().endsWith(FOOTER)).toBe(true);
    expect(parseMarkdownBlocks(output).length).toBeGreaterThan(3);
    if (ACKNOWLEDGING.includes(kind)) {
      expect(output.includes('«limitation.since»')).toBe(flags);
    }
  });
});

describe('the letters of issue 10', () => {
  /** The template without its private callouts (removed before sending). */
  const sentPart = (kind: DocumentKind) =>
    (templates.get(kind) ?? '')
      .split('\n')
      .filter((line) => !line.startsWith('>'))
      .join('\n');

  it('the limitation defence acknowledges nothing and offers nothing', () => {
    const sent = sentPart('limitation_defence');
    for (const word of [
      '愿意',
      '分期还',
      '请求分期',
      '方案',
      '困难',
      '协商',
      '{{offer.',
      '{{affordability.',
      '{{schedule',
    ])
      expect(sent, word).not.toContain(word);
    for (const id of [
      'civil-code-188',
      'civil-code-189',
      'civil-code-192',
      'civil-code-193',
      'spc-limitation-2020-8',
    ])
      expect(templates.get('limitation_defence'), id).toContain(`{{cite:${id}}}`);
    expect(sent).toContain('拒绝履行');
  });

  it('the payment order objection raises limitation first and warns that inability to pay is no objection', () => {
    const template = templates.get('payment_order_objection') ?? '';
    const reasons = template.slice(template.indexOf('## 事实与理由'));
    expect(reasons.indexOf('诉讼时效抗辩')).toBeGreaterThan(0);
    expect(reasons.indexOf('诉讼时效抗辩')).toBeLessThan(reasons.indexOf('关于债务本身'));
    expect(template).toMatch(/^> .*还不起.*不认为是有效的异议/m);
    expect(template).not.toContain('保留诉讼时效抗辩');
    expect(sentPart('payment_order_objection')).not.toMatch(/愿意.*协商|同意还款/);
  });

  it('the police report cites the collection crime only for a usurious debt', () => {
    const template = templates.get('police_report') ?? '';
    const at = template.indexOf('{{cite:criminal-law-293-1}}');
    expect(template.lastIndexOf('{{#if police.isUsurious}}', at)).toBeGreaterThan(
      template.lastIndexOf('{{/if}}', at),
    );
    expect(template).toContain('地方金融管理局');
  });

  it('no letter to a lender tells it the contract may be void', () => {
    for (const kind of kinds) expect(templates.get(kind), kind).not.toContain('无效');
  });

  it('documentKindsFor knows every kind', () => {
    const all = new Set([
      ...documentKindsFor({ unlicensed: null, legal: { limitation: { state: 'unknown' } } }),
      ...documentKindsFor({
        unlicensed: { declared: true, signs: ['declared'] },
        legal: {
          limitation: {
            state: 'possibly_expired',
            since: '2020-01-01' as never,
            expiredOn: '2023-01-01' as never,
          },
        },
      }),
    ]);
    expect([...all].sort()).toEqual([...kinds].sort());
  });
});

describe('rendering the worked examples', () => {
  const lpr = createLprTable();
  const cases = readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const result = planCaseFile({
        caseFile: caseFileOf(readFileSync(`${examplesDir}${file}`, 'utf8')),
        lpr,
      });
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
      return result.value.caseFile.debts.map((debt) => ({ file, debtId: debt.id, value: result.value }));
    });

  // Every kind, also those that do not fit the debt (the CLI refuses them, the templates must not break).
  it.each(cases)(
    '$file, debt $debtId: every document renders, identifies the person, carries no review note',
    ({ debtId, value }) => {
      const idNumber = value.caseFile.person?.idNumber ?? '';
      const masked = `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 10))}${idNumber.slice(-4)}`;
      for (const kind of kinds) {
        const output = renderDocumentMarkdown({ ...value, debtId }, kind);
        expect(output, kind).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object |Infinity/);
        expect(output.trimEnd().endsWith(FOOTER), kind).toBe(true);
        for (const note of REVIEW_NOTES) expect(output, `${kind}: ${note}`).not.toContain(note);
        if (idNumber !== '' && kind !== 'script') expect(output, kind).toContain(idNumber);
        const shared = renderDocumentMarkdown({ ...value, debtId, mask: true }, kind).replaceAll('\\*', '*');
        if (idNumber !== '') {
          expect(shared, kind).not.toContain(idNumber);
          if (kind !== 'script') expect(shared, kind).toContain(masked);
        }
      }
    },
  );
});
