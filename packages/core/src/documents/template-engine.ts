/**
 * A tiny mustache-like engine for the letter and script templates stored as data.
 *
 * Syntax: `{{path}}`, `{{a.b.c}}`, `{{#if path}}…{{else}}…{{/if}}`, `{{#unless path}}…{{/unless}}`,
 * `{{#each path}}…{{/each}}` (with `{{this}}` and the 1-based `{{@index}}`), and `{{cite:id}}`.
 * A letter goes to a person in debt, so a missing value is an error, never the text "undefined".
 * The output is Markdown for `parseMarkdownBlocks`; inserted values and citation texts are escaped,
 * so they always read as plain text.
 */

export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | TemplateScope
  | readonly TemplateValue[];

export interface TemplateScope {
  readonly [key: string]: TemplateValue;
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  /** 1-based line of the template where the problem is. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(`${message} (line ${line})`);
    this.line = line;
  }
}

type BlockHelper = 'if' | 'unless' | 'each';

type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; path: string; line: number }
  | { kind: 'cite'; id: string }
  | { kind: 'if'; path: string; negate: boolean; whenTrue: TemplateNode[]; whenFalse: TemplateNode[] }
  | { kind: 'each'; path: string; body: TemplateNode[]; line: number };

type BlockNode = Extract<TemplateNode, { kind: 'if' | 'each' }>;

type Tag =
  | { kind: 'open'; helper: BlockHelper; path: string; line: number }
  | { kind: 'else'; line: number }
  | { kind: 'close'; helper: string; line: number }
  | { kind: 'value'; path: string; line: number }
  | { kind: 'cite'; id: string; line: number };

type Token = { kind: 'text'; text: string } | Tag;

const HELPERS: ReadonlySet<string> = new Set<BlockHelper>(['if', 'unless', 'each']);
const PATH = /^(?:@index|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)$/;
const CITATION_ID = /^[\w.-]+$/;

/**
 * Renders `template` with `variables`. `resolveCitation` turns a citation id into its text; it
 * should throw on an unknown id, and its error passes through unchanged.
 */
export function renderTemplate(
  template: string,
  variables: TemplateScope,
  resolveCitation: (id: string) => string,
): string {
  const nodes = parseTemplate(template);
  const output = renderNodes(nodes, [{ value: variables }], resolveCitation);
  return tidy(output);
}

/**
 * The paths looked up in the top-level scope (outside `{{#each}}` bodies, whose names belong to
 * the items) and every citation id, so a test can check that each id exists.
 */
export function listTemplateVariables(template: string): {
  variables: ReadonlySet<string>;
  citations: ReadonlySet<string>;
} {
  const variables = new Set<string>();
  const citations = new Set<string>();
  const walk = (nodes: readonly TemplateNode[], insideEach: boolean): void => {
    for (const node of nodes) {
      if (node.kind === 'cite') citations.add(node.id);
      if (node.kind === 'text' || node.kind === 'cite') continue;
      if (!insideEach) variables.add(node.path);
      if (node.kind === 'if') {
        walk(node.whenTrue, insideEach);
        walk(node.whenFalse, insideEach);
      } else if (node.kind === 'each') walk(node.body, true);
    }
  };
  walk(parseTemplate(template), false);
  return { variables, citations };
}

// ---- Parsing ---------------------------------------------------------------------------------

function parseTemplate(template: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  type Open = { tag: Extract<Tag, { kind: 'open' }>; node: BlockNode; target: TemplateNode[] };
  const stack: Open[] = [];
  let target = root;
  const insideEach = () => stack.some((open) => open.node.kind === 'each');

  for (const token of tokenize(template)) {
    switch (token.kind) {
      case 'text':
        target.push(token);
        break;
      case 'cite':
        target.push({ kind: 'cite', id: token.id });
        break;
      case 'value':
        checkItemPath(token.path, insideEach(), token.line);
        target.push({ kind: 'value', path: token.path, line: token.line });
        break;
      case 'open': {
        checkItemPath(token.path, insideEach(), token.line);
        const node: BlockNode =
          token.helper === 'each'
            ? { kind: 'each', path: token.path, body: [], line: token.line }
            : {
                kind: 'if',
                path: token.path,
                negate: token.helper === 'unless',
                whenTrue: [],
                whenFalse: [],
              };
        target.push(node);
        stack.push({ tag: token, node, target });
        target = node.kind === 'each' ? node.body : node.whenTrue;
        break;
      }
      case 'else': {
        const open = stack.at(-1);
        if (open?.node.kind !== 'if')
          throw new TemplateError('{{else}} is only allowed inside {{#if}} or {{#unless}}', token.line);
        if (target === open.node.whenFalse)
          throw new TemplateError(`second {{else}} in {{#${open.tag.helper} ${open.tag.path}}}`, token.line);
        target = open.node.whenFalse;
        break;
      }
      case 'close': {
        const open = stack.pop();
        if (!open) throw new TemplateError(`{{/${token.helper}}} has no opening tag`, token.line);
        if (open.tag.helper !== token.helper)
          throw new TemplateError(
            `{{/${token.helper}}} closes {{#${open.tag.helper} ${open.tag.path}}} opened on line ${open.tag.line}`,
            token.line,
          );
        target = open.target;
        break;
      }
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed)
    throw new TemplateError(
      `{{#${unclosed.tag.helper} ${unclosed.tag.path}}} is never closed`,
      unclosed.tag.line,
    );
  return root;
}

/**
 * Splits the template into text and tags, line by line. A line holding only block tags (and
 * whitespace) is dropped with its newline, so templates can put `{{#if}}` and `{{/if}}` on lines of
 * their own without leaving blank lines behind.
 */
function tokenize(template: string): Token[] {
  const lines = template.replace(/\r\n?/g, '\n').split('\n');
  const tokens: Token[] = [];
  lines.forEach((line, index) => {
    const lineTokens = tokenizeLine(line, index + 1);
    const isBlock = (token: Token) =>
      token.kind === 'open' || token.kind === 'else' || token.kind === 'close';
    const standalone =
      lineTokens.some(isBlock) &&
      lineTokens.every((token) => isBlock(token) || (token.kind === 'text' && token.text.trim() === ''));
    if (standalone) {
      tokens.push(...lineTokens.filter(isBlock));
      return;
    }
    tokens.push(...lineTokens);
    if (index < lines.length - 1) tokens.push({ kind: 'text', text: '\n' });
  });
  return tokens;
}

function tokenizeLine(line: string, lineNumber: number): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < line.length) {
    const start = line.indexOf('{{', position);
    if (start < 0) break;
    const end = line.indexOf('}}', start + 2);
    if (end < 0) throw new TemplateError(`unclosed tag "${line.slice(start)}"`, lineNumber);
    if (start > position) tokens.push({ kind: 'text', text: line.slice(position, start) });
    tokens.push(parseTag(line.slice(start + 2, end).trim(), lineNumber));
    position = end + 2;
  }
  if (position < line.length) tokens.push({ kind: 'text', text: line.slice(position) });
  return tokens;
}

function parseTag(body: string, line: number): Tag {
  if (body === 'else') return { kind: 'else', line };
  if (body.startsWith('#')) {
    const [helper = '', path = '', ...rest] = body.slice(1).split(/\s+/);
    if (!HELPERS.has(helper)) throw new TemplateError(`unknown block helper {{#${helper}}}`, line);
    if (!PATH.test(path) || rest.length > 0)
      throw new TemplateError(`{{#${helper}}} needs one variable path, got "${body}"`, line);
    return { kind: 'open', helper: helper as BlockHelper, path, line };
  }
  if (body.startsWith('/')) return { kind: 'close', helper: body.slice(1).trim(), line };
  if (body.startsWith('cite:')) {
    const id = body.slice('cite:'.length).trim();
    if (!CITATION_ID.test(id)) throw new TemplateError(`bad citation id in {{${body}}}`, line);
    return { kind: 'cite', id, line };
  }
  if (!PATH.test(body)) throw new TemplateError(`bad tag {{${body}}}`, line);
  return { kind: 'value', path: body, line };
}

/** `this` and `@index` name the current item, so outside `{{#each}}` they are a template bug. */
function checkItemPath(path: string, insideEach: boolean, line: number): void {
  const itemPath = path === '@index' || path === 'this' || path.startsWith('this.');
  if (itemPath && !insideEach) throw new TemplateError(`"${path}" is only allowed inside {{#each}}`, line);
}

// ---- Rendering -------------------------------------------------------------------------------

/** One scope of lookup: the variables, then one per `{{#each}}` level with its item. */
interface Frame {
  value: TemplateValue;
  /** 1-based position of the item, on `{{#each}}` frames. */
  index?: number;
}

function renderNodes(
  nodes: readonly TemplateNode[],
  frames: readonly Frame[],
  resolveCitation: (id: string) => string,
): string {
  let output = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        output += node.text;
        break;
      case 'cite':
        output += escapeMarkdown(resolveCitation(node.id));
        break;
      case 'value':
        output += escapeMarkdown(formatValue(lookup(node.path, frames), node.path, node.line));
        break;
      case 'if': {
        const branch = isTruthy(lookup(node.path, frames)) !== node.negate ? node.whenTrue : node.whenFalse;
        output += renderNodes(branch, frames, resolveCitation);
        break;
      }
      case 'each': {
        const items = lookup(node.path, frames);
        if (!Array.isArray(items))
          throw new TemplateError(`{{#each ${node.path}}} needs an array, got ${describe(items)}`, node.line);
        (items as readonly TemplateValue[]).forEach((item, index) => {
          output += renderNodes(node.body, [...frames, { value: item, index: index + 1 }], resolveCitation);
        });
        break;
      }
    }
  }
  return output;
}

/**
 * Resolves a path: `this…` against the current item; whenFalse the first segment is looked up on
 * the innermost scope that has it (the item, then the outer items, then the variables). Only own
 * properties of plain objects count, so `{{constructor}}` or `{{items.length}}` never leak through.
 */
function lookup(path: string, frames: readonly Frame[]): TemplateValue {
  if (path === '@index') return frames.at(-1)?.index;
  const [first = '', ...rest] = path.split('.');
  let value: TemplateValue;
  if (first === 'this') value = frames.at(-1)?.value;
  else value = innermostWith(first, frames);
  for (const segment of rest)
    value = isScope(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
  return value;
}

function innermostWith(name: string, frames: readonly Frame[]): TemplateValue {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const scope = frames[index]?.value;
    if (isScope(scope) && Object.hasOwn(scope, name)) return scope[name];
  }
  return undefined;
}

function isScope(value: TemplateValue): value is TemplateScope {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True, a non-empty string or array, a non-zero finite number, or any object. */
function isTruthy(value: TemplateValue): boolean {
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return Number.isFinite(value) && value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  return value === true || isScope(value);
}

function formatValue(value: TemplateValue, path: string, line: number): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new TemplateError(
    `template variable "${path}" is ${describe(value)}, not a string or a finite number`,
    line,
  );
}

function describe(value: TemplateValue): string {
  if (value === undefined || value === null || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'boolean') return `a boolean (${value})`;
  if (typeof value === 'string') return 'a string';
  // Callers in plain JS may pass functions or bigints; name the type, never print the value.
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The line breaks `parseMarkdownBlocks` reads. */
const LINE_BREAK = /\r\n?|\n/;
/** What could start a block once the line is trimmed (`|` is already escaped above). */
// Only where a block could begin — `# `, `>`, `- `, `---`, `1. ` — so that "-5" or "500.00" stay as
// typed; a marker at the end of the value is escaped too, as template text may follow it.
const BLOCK_START = /^(\s*)(?:(#(?=#*(?:\s|$))|>|-(?=\s|$|-))|(\d{1,9})\.(?=\s|$))/;

/**
 * Values are text, not markup: a masked phone number 138****5678 or a name 张** must not turn into
 * bold, nor a `|` split a table cell. A backslash keeps them literal (see `parseInlineRuns`). Every
 * line of a value is also kept from starting a block — a heading (#), a callout (>), a list, a
 * checklist or a rule (-), a numbered list (1.) — so a multi-line hardship description typed by the
 * person stays plain paragraphs inside a legal letter.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*|]/g, '\\$&')
    .split(LINE_BREAK)
    .map(escapeBlockStart)
    .join('\n');
}

function escapeBlockStart(line: string): string {
  return line.replace(BLOCK_START, (_match, space: string, marker: string | undefined, digits: string) =>
    marker === undefined ? `${space}${digits}\\.` : `${space}\\${marker}`,
  );
}

/** Trims line ends, keeps at most one blank line in a row, and ends with exactly one newline. */
function tidy(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')}\n`;
}
