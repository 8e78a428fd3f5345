import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * What a built page (a Vite build folder, e.g. packages/web/dist-standalone) loads before its first
 * paint: the scripts its index.html names and every chunk they import statically, transitively.
 * A dynamic import() or a new URL(…) (a worker's script, a .wasm) is fetched later, when the code
 * runs, and is not followed. Read from the built files, so it is what the browser gets. For the
 * budget of bench/standalone.bench.ts and the engine check of test/standalone-first-paint.test.ts.
 */

/** The standalone engine's files in assets/ (ADR 0030): the API worker, PGlite's WebAssembly and data. */
export const ENGINE_FILE = /^(api-worker-.*\.js|pglite-.*\.(wasm|data)|initdb-.*\.wasm)$/;

/**
 * The specifiers of a module's static imports and re-exports (`import … from`, `import '…'`,
 * `export … from`), parsed, so that the same words in a string or after import( are not taken.
 */
export function staticImportsOf(source: string): string[] {
  const module = ts.createSourceFile('chunk.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return module.statements.flatMap((statement) => {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    return specifier !== undefined && ts.isStringLiteral(specifier) ? [specifier.text] : [];
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/** The scripts a page starts with: every `<script src>` and `<link rel="modulepreload" href>`. */
export function entryScriptsOf(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].flatMap(([tag]) => attribute(tag, 'src') ?? []);
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].flatMap(([tag]) =>
    attribute(tag, 'rel')?.toLowerCase() === 'modulepreload' ? (attribute(tag, 'href') ?? []) : [],
  );
  return [...scripts, ...preloads];
}

/** `specifier` as a path inside the build folder, seen from the file at `from` (also such a path). */
function resolveIn(from: string, specifier: string): string {
  if (specifier.startsWith('/')) return posix.normalize(specifier.slice(1));
  if (specifier.startsWith('./') || specifier.startsWith('../'))
    return posix.normalize(posix.join(posix.dirname(from), specifier));
  throw new Error(`${from} loads "${specifier}", which a browser cannot resolve without an import map`);
}

/** Every script of the build folder `dist` that its index.html loads before first paint, entry first. */
export function firstPaintScripts(dist: string): string[] {
  const queue = entryScriptsOf(readFileSync(join(dist, 'index.html'), 'utf8')).map((src) =>
    resolveIn('index.html', src),
  );
  const seen = new Set<string>();
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of staticImportsOf(readFileSync(join(dist, path), 'utf8')))
      queue.push(resolveIn(path, specifier));
  }
  return [...seen];
}
