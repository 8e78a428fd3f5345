import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLprTable, formatIssuePath } from '@shangan/core';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { LOCAL_ACTOR } from '../repositories/actor.js';
import { addContact, addEvidence, createCase, exportCase } from '../test-support/case-calls.js';
import { currentIfMatch } from '../test-support/if-match.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

// Every request body a client can send to the write endpoints is answered with a 4xx, never a 5xx,
// and a 400 names the fields at fault. 1,000 generated bodies per database, all of them invalid:
// anything at all, valid case files and contacts with random damage plus one change that is sure to
// make them invalid, valid bodies carrying text PostgreSQL cannot store, malformed JSON, and zips.

type Json = Record<string, unknown>;
type Key = string | number;
type Path = Key[];

const RUNS = 1_000;
/** Fixed, so every run sends the same bodies; FUZZ_SEED=<n> explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_120);

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
const example = (): Json => JSON.parse(exampleText) as Json;
const validContact = (): Json => ({
  at: '2026-11-03T22:40',
  channel: 'phone',
  direction: 'incoming',
  number: '95188',
  counterpartName: '李专员',
  theySaid: '不还就上门',
  iPromised: '月底前回复',
  followUp: '2026-11-30',
  flags: ['threat'],
});

const config = readConfig({});
const ownHost = `127.0.0.1:${config.port}`;

// --- Trees -------------------------------------------------------------------------------------

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every node's path, root first, breadth first (bounded: generated junk can be wide). */
function nodePaths(root: unknown, limit = 5_000): Path[] {
  const paths: Path[] = [[]];
  for (let index = 0; index < paths.length && paths.length < limit; index++) {
    const path = paths[index] as Path;
    const node = getAt(root, path);
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) paths.push([...path, i]);
    else if (isObject(node)) for (const key of Object.keys(node)) paths.push([...path, key]);
  }
  return paths;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** An own property, even for "__proto__" (plain assignment would set the prototype instead). */
function put(target: Json | unknown[], key: Key, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Sets the node at path (the root itself when path is empty) and returns the root. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  if (isObject(parent) || Array.isArray(parent)) put(parent, path[path.length - 1] as Key, value);
  return root;
}

function deleteAt(root: unknown, path: Path): unknown {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isObject(parent) && typeof key === 'string') delete parent[key];
  return root;
}

// --- Values ------------------------------------------------------------------------------------

const oddStrings = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '😀',
  '\u202eevil',
  'x'.repeat(6_000),
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
  '１２３',
  '١٢٣',
  '1e309',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '100.001',
  '-100',
  '¥100',
  '1.2万万',
  '2026-02-30',
  '9999-99-99',
  '2026-11-20T25:61',
  '__proto__',
  'constructor',
  'null',
  '{"a":1}',
);
const oddNumbers = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  1e21,
  -0,
  0.1 + 0.2,
  2 ** 63,
  -1,
  0,
  3651,
  1.5,
);
const nested = fc.integer({ min: 10, max: 300 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
});
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddStrings },
  { weight: 2, arbitrary: oddNumbers },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[]], { '': null }) },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);
const oddKey = fc.oneof(
  fc.constantFrom(
    'extra',
    '__proto__',
    'constructor',
    '',
    'id',
    'amount',
    'payments',
    'contacts',
    'toString',
  ),
  fc.string({ maxLength: 8 }),
);

// --- Damage ------------------------------------------------------------------------------------

type Mutation = {
  kind: 'set' | 'delete' | 'addKey' | 'retype' | 'duplicate' | 'empty';
  pick: number;
  key: string;
  value: unknown;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'delete', 'addKey', 'retype', 'duplicate', 'empty'),
  pick: fc.nat(),
  key: oddKey,
  value: junk,
});

/** Applies random damage anywhere in the tree (the root included). */
function mutate(root: unknown, mutations: Mutation[]): unknown {
  let tree = root;
  for (const { kind, pick, key, value } of mutations) {
    const paths = nodePaths(tree);
    const path = paths[pick % paths.length] as Path;
    const node = getAt(tree, path);
    switch (kind) {
      case 'set':
        tree = setAt(tree, path, value);
        break;
      case 'delete':
        if (path.length > 0) tree = deleteAt(tree, path);
        break;
      case 'addKey':
        if (isObject(node)) put(node, key, value);
        else if (Array.isArray(node)) node.push(value);
        break;
      case 'retype':
        tree = setAt(tree, path, retype(node));
        break;
      case 'duplicate':
        if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[pick % node.length]));
        break;
      case 'empty':
        tree = setAt(tree, path, Array.isArray(node) ? [] : isObject(node) ? {} : '');
        break;
    }
  }
  return tree;
}

function retype(node: unknown): unknown {
  if (typeof node === 'number') return String(node);
  if (typeof node === 'string') return Number.isNaN(Number(node)) ? node.length : Number(node);
  if (typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return Object.fromEntries(node.map((value, index) => [String(index), value]));
  if (isObject(node)) return Object.values(node);
  return 0;
}

/**
 * Changes that are each sure to make the body invalid, whatever else was damaged: a strict object
 * gets a field it does not know, a required field a value it cannot take. Each returns false when
 * its target is gone; the next is tried then, and adding an unknown field to the root always works
 * when the root is an object (a root that is not an object is invalid already).
 */
type Breaker = (root: Json, n: number) => boolean;

const debtAt = (caseFile: unknown, n: number): Json | undefined => {
  const list = isObject(caseFile) ? caseFile.debts : undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const debt = list[n % list.length];
  return isObject(debt) ? debt : undefined;
};
const choose = <T>(values: readonly T[], n: number): T => values[n % values.length] as T;
const setIn = (target: unknown, key: string, value: unknown) => {
  if (!isObject(target)) return false;
  put(target, key, value);
  return true;
};

function caseFileBreakers(file: (root: Json) => unknown): Breaker[] {
  return [
    (root, n) => setIn(file(root), 'version', choose([2, '1', 0, null], n)),
    (root, n) => setIn(file(root), 'asOf', choose(['2026-02-30', 'yesterday', 20_261_120, ''], n)),
    (root, n) => setIn(file(root), choose(['extra', '__proto__', 'debt'], n), true),
    (root, n) => setIn(file(root), 'debts', choose([{}, 'none', null, 5], n)),
    (root, n) =>
      setIn(debtAt(file(root), n), 'principal', choose(['-1', '0', 'abc', 1e308, '1.001', true], n)),
    (root, n) => setIn(debtAt(file(root), n), 'lenderType', choose(['loan_shark', '', 7], n)),
    (root, n) => setIn(debtAt(file(root), n), 'id', choose(['has space', '', 'x'.repeat(65), 12], n)),
    (root, n) => setIn(debtAt(file(root), n), 'interest', '5%'),
    (root, n) =>
      setIn(debtAt(file(root), n), 'contractDate', choose(['2099-01-01', '2026-13-01', 'soon'], n)),
  ];
}

const caseBodyBreakers: Breaker[] = [
  (root, n) => setIn(root, 'title', choose(['', '   ', 'x'.repeat(201), 42, null, ['t']], n)),
  ...caseFileBreakers((root) => root.caseFile),
];
const importBreakers: Breaker[] = caseFileBreakers((root) => root);
const contactBreakers: Breaker[] = [
  (root, n) =>
    setIn(
      root,
      'at',
      choose(['2026-13-01T10:00', 'yesterday', 202_611, '2026-11-03 22:40', '2026-02-30T10:00'], n),
    ),
  (root) => setIn(root, 'channel', 'pigeon'),
  (root) => isObject(root) && delete root.direction,
  (root) => setIn(root, 'flags', ['bogus']),
  (root) => setIn(root, 'followUp', '2026-02-30'),
  (root) => setIn(root, 'theySaid', 'x'.repeat(5_001)),
  (root) => setIn(root, 'number', '   '),
];
const manifestBreakers: Breaker[] = [
  (root) => setIn(root, 'format', 'shangan-case-export-0'),
  (root, n) => setIn(root, 'title', choose(['', 'x'.repeat(201), 5], n)),
  (root, n) => setIn(root, 'sensitive', choose(['maybe', null], n)),
  (root, n) => setIn(root, 'evidence', choose([{}, 'none', null], n)),
  (root, n) => {
    const list = root.evidence;
    const item = Array.isArray(list) && list.length > 0 ? list[n % list.length] : undefined;
    return setIn(item, choose(['sha256', 'file', 'sizeBytes'], n), choose(['zz', 'evidence/missing', -1], n));
  },
];

function breakIt(root: unknown, breakers: Breaker[], n: number): unknown {
  if (!isObject(root)) return root;
  for (let offset = 0; offset < breakers.length; offset++) {
    if ((breakers[(n + offset) % breakers.length] as Breaker)(root, n)) return root;
  }
  put(root, 'unexpectedField', n);
  return root;
}

// --- Requests ----------------------------------------------------------------------------------

interface FuzzRequest {
  label: string;
  method: 'POST' | 'PUT';
  path: string;
  contentType: string;
  body: string | Uint8Array;
  /** For a body that is valid but for one field PostgreSQL cannot store: that field's path. */
  expectIssueAt?: string;
}

/** The ids the requests address, made before the run. */
interface Targets {
  caseId: string;
  /** The If-Match of the case's revision: every body is refused, so it never moves. */
  ifMatch: { 'if-match': string };
  archive: Record<string, Uint8Array>;
}

const endpointFor = (targets: Targets) => ({
  create: { method: 'POST' as const, path: '/api/cases' },
  replace: { method: 'PUT' as const, path: `/api/cases/${targets.caseId}` },
  importJson: { method: 'POST' as const, path: '/api/import' },
  contact: { method: 'POST' as const, path: `/api/cases/${targets.caseId}/debts/bank-10k/contacts` },
});

const json = (value: unknown) => JSON.stringify(value) ?? '';

function requests(targets: Targets): fc.Arbitrary<FuzzRequest> {
  const endpoints = endpointFor(targets);
  const endpoint = fc.constantFrom(...Object.values(endpoints));
  const damage = fc.array(mutation, { maxLength: 4 });

  const anything = fc.record({ endpoint, value: fc.anything() }).map(
    ({ endpoint: { method, path }, value }): FuzzRequest => ({
      label: 'anything',
      method,
      path,
      contentType: 'application/json',
      body: json(value),
    }),
  );

  const caseBodies = fc
    .record({ target: fc.constantFrom('create', 'replace', 'importJson'), damage, n: fc.nat() })
    .map(({ target, damage: mutations, n }): FuzzRequest => {
      const { method, path } = endpoints[target as 'create' | 'replace' | 'importJson'];
      const base = target === 'importJson' ? example() : { title: '案件', caseFile: example() };
      const breakers = target === 'importJson' ? importBreakers : caseBodyBreakers;
      const body = breakIt(mutate(base, mutations), breakers, n);
      return {
        label: `case file → ${target}`,
        method,
        path,
        contentType: 'application/json',
        body: json(body),
      };
    });

  const contacts = fc.record({ damage, n: fc.nat() }).map(
    ({ damage: mutations, n }): FuzzRequest => ({
      label: 'contact',
      ...endpoints.contact,
      contentType: 'application/json',
      body: json(breakIt(mutate(validContact(), mutations), contactBreakers, n)),
    }),
  );

  // Valid in every way but one string the database cannot hold: refused, naming that string.
  const hostileText = fc.constantFrom(
    (text: string) => `${text}\u0000`,
    (text: string) => `\u0000${text}`,
    (text: string) => `\ud83d${text}`,
    (text: string) => `${text}\udc00`,
    (text: string) => `${text.slice(0, 1)}\ud800\ud800${text.slice(1)}`,
  );
  const stringLeaves = (root: unknown) =>
    nodePaths(root).filter((path) => typeof getAt(root, path) === 'string');
  const hostile = fc
    .record({
      target: fc.constantFrom('create', 'replace', 'importJson', 'contact'),
      pick: fc.nat(),
      spoil: hostileText,
    })
    .map(({ target, pick, spoil }): FuzzRequest => {
      const base =
        target === 'importJson'
          ? example()
          : target === 'contact'
            ? validContact()
            : { title: '案件', caseFile: example() };
      if (target === 'replace') delete (base.caseFile as Json).person;
      const leaves = stringLeaves(base);
      const path = leaves[pick % leaves.length] as Path;
      setAt(base, path, spoil(String(getAt(base, path))));
      const { method, path: url } = endpoints[target as keyof typeof endpoints];
      return {
        label: `unstorable text → ${target}`,
        method,
        path: url,
        contentType: 'application/json',
        body: json(base),
        expectIssueAt: formatIssuePath(path),
      };
    });

  const rawText = fc
    .record({
      endpoint,
      text: fc.oneof(
        fc.constantFrom(
          '',
          '{',
          '{"title": "x", ',
          '[1, 2,]',
          "{'single': 'quotes'}",
          'undefined',
          'NaN',
          '{"a": 1} trailing',
          '\u0000',
          '\ufeff{}',
          `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
          `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
          `{"title": "x", "caseFile": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
          `{"big": "${'x'.repeat(2 * 1024 * 1024)}"}`,
        ),
        fc.string({ unit: 'binary', maxLength: 200 }),
        exampleTextDamage(),
      ),
    })
    .map(
      ({ endpoint: { method, path }, text }): FuzzRequest => ({
        label: 'raw text',
        method,
        path,
        contentType: 'application/json',
        body: text,
      }),
    );

  const zips = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((bytes) => zipRequest('random bytes', bytes)),
    fc.record({ damage, n: fc.nat() }).map(({ damage: mutations, n }) => {
      const manifest = JSON.parse(strFromU8(targets.archive['manifest.json'] as Uint8Array));
      const body = breakIt(mutate(manifest, mutations), manifestBreakers, n);
      return zipRequest(
        'damaged manifest',
        zipSync({ ...targets.archive, 'manifest.json': strToU8(json(body)) }),
      );
    }),
    fc.record({ damage, n: fc.nat() }).map(({ damage: mutations, n }) => {
      const caseFile = JSON.parse(strFromU8(targets.archive['case.json'] as Uint8Array));
      const body = breakIt(mutate(caseFile, mutations), importBreakers, n);
      return zipRequest(
        'damaged case.json',
        zipSync({ ...targets.archive, 'case.json': strToU8(json(body)) }),
      );
    }),
    // A well-formed manifest whose values the database cannot take or the server must not serve.
    fc
      .constantFrom(
        ...Object.entries({
          title: ['a\u0000b', '\ud83d', '', '   ', 'x'.repeat(201)],
          // Paths and empty names are sanitised, not refused (ADR 0026); text PostgreSQL cannot store is.
          fileName: ['a\u0000b', '\udc00'],
          mediaType: [
            'text/html',
            'text/plain\r\nX-Injected: 1',
            'application/x-msdownload',
            '',
            'audio/\u0000',
          ],
          uploadedAt: [
            'garbage',
            '2026-02-30 10:00:00+00',
            '2026-11-21T25:00:00Z',
            '2026-11-21 10:00:00+99',
            '',
          ],
        }).flatMap(([field, values]) => values.map((value) => ({ field, value }))),
      )
      .map(({ field, value }) => {
        const manifest = JSON.parse(strFromU8(targets.archive['manifest.json'] as Uint8Array)) as Json;
        if (field === 'title') manifest.title = value;
        else for (const item of manifest.evidence as Json[]) item[field] = value;
        return zipRequest(
          `manifest ${field}`,
          zipSync({ ...targets.archive, 'manifest.json': strToU8(json(manifest)) }),
        );
      }),
    // case.json with text the database cannot store.
    fc.constantFrom('\u0000', '\udead').map((bad) => {
      const caseFile = JSON.parse(strFromU8(targets.archive['case.json'] as Uint8Array)) as Json;
      ((caseFile.debts as Json[])[0] as Json).lender = `某银行${bad}`;
      return zipRequest(
        'unstorable case.json',
        zipSync({ ...targets.archive, 'case.json': strToU8(json(caseFile)) }),
      );
    }),
  );

  return fc
    .oneof(
      { weight: 4, arbitrary: anything },
      { weight: 8, arbitrary: caseBodies },
      { weight: 4, arbitrary: contacts },
      { weight: 3, arbitrary: hostile },
      { weight: 2, arbitrary: rawText },
      { weight: 3, arbitrary: zips },
    )
    .map(described);
}

/** A counterexample short enough to read: what, where, and the start of the body. */
function described(request: FuzzRequest): FuzzRequest {
  const { body } = request;
  const start = typeof body === 'string' ? JSON.stringify(body.slice(0, 400)) : `${body.byteLength} bytes`;
  return Object.assign(request, {
    [fc.toStringMethod]: () => `${request.label}: ${request.method} ${request.path} ${start}`,
  });
}

/** The example's text cut or spliced at a random place. */
function exampleTextDamage(): fc.Arbitrary<string> {
  return fc
    .record({
      at: fc.nat({ max: exampleText.length }),
      cut: fc.nat({ max: 50 }),
      insert: fc.string({ maxLength: 5 }),
    })
    .map(({ at, cut, insert }) => `${exampleText.slice(0, at)}${insert}${exampleText.slice(at + cut)}`)
    .filter((text) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    });
}

function zipRequest(label: string, bytes: Uint8Array): FuzzRequest {
  return {
    label: `zip: ${label}`,
    method: 'POST',
    path: '/api/import',
    contentType: 'application/zip',
    body: bytes,
  };
}

// --- The run -----------------------------------------------------------------------------------

describe.each(databaseKinds())('write endpoints under fuzzing on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  let targets: Targets;
  const logged: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({
      database,
      config,
      lpr: createLprTable(),
      version: 'fuzz',
      log: (line) => logged.push(line),
    });
    const caseId = await createCase(database.db, LOCAL_ACTOR, 'fuzz target', example());
    const source = await createCase(database.db, LOCAL_ACTOR, 'archive source', example());
    const contact = await addContact(database.db, LOCAL_ACTOR, source, 'app-10k', validContact());
    if (!contact.ok) throw new Error('the contact is not valid');
    for (const [index, contactId] of [contact.value.id, null].entries()) {
      await addEvidence(database.db, LOCAL_ACTOR, source, {
        contactId,
        fileName: `file-${index}.png`,
        mediaType: 'image/png',
        content: randomBytes(64),
      });
    }
    targets = {
      caseId,
      ifMatch: await currentIfMatch((path) => app.request(path, { headers: { host: ownHost } }), caseId),
      archive: unzipSync(await exportCase(database.db, LOCAL_ACTOR, source, true)),
    };
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it(`answers ${RUNS} generated bodies with 4xx, and 400s name the fields`, async () => {
    const statuses = new Map<number, number>();
    const casesBefore = await countCases();
    await fc.assert(
      fc.asyncProperty(requests(targets), async (request) => {
        const response = await app.request(request.path, {
          method: request.method,
          headers: { host: ownHost, 'content-type': request.contentType, ...targets.ifMatch },
          body: request.body,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        const context = `${request.label}: ${response.status} ${text.slice(0, 300)}`;
        expect(response.status, context).toBeGreaterThanOrEqual(400);
        expect(response.status, context).toBeLessThan(500);
        const { error } = JSON.parse(text) as { error: { code: string; message: string; issues?: unknown } };
        expect(error.code, context).toEqual(expect.any(String));
        expect(error.message, context).toEqual(expect.any(String));
        if (response.status === 400) {
          const issues = error.issues as { path: unknown; code: unknown; message: unknown }[];
          expect(Array.isArray(issues) && issues.length > 0, context).toBe(true);
          for (const issue of issues) {
            // '' is the whole body (not JSON, not an object, an unknown top-level field).
            expect(typeof issue.path === 'string', context).toBe(true);
            expect(typeof issue.code === 'string' && issue.code.length > 0, context).toBe(true);
            expect(typeof issue.message === 'string' && issue.message.length > 0, context).toBe(true);
          }
          if (request.expectIssueAt !== undefined) {
            expect(
              issues.map((issue) => issue.path),
              context,
            ).toEqual([request.expectIssueAt]);
          }
        } else if (request.expectIssueAt !== undefined) {
          expect.fail(`${context}: expected a 400 naming ${request.expectIssueAt}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect([...statuses.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(RUNS * 0.8);
    // Nothing was written: every body was refused.
    expect(await countCases()).toBe(casesBefore);
    expect(logged).toEqual([]);
  }, 240_000);

  async function countCases(): Promise<number> {
    const response = await app.request('/api/cases', { headers: { host: ownHost } });
    return ((await response.json()) as { cases: unknown[] }).cases.length;
  }
});
