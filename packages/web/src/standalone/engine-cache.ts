/**
 * Where the database engine's files are kept once downloaded (ADR 0032, amended): one Cache
 * Storage cache that the API worker fills as it downloads them on a first visit, and that the
 * service worker answers them from. So a first visit downloads the ~16 MB once, not once for the
 * worker and again for the precache, and its few connections stay free for the screens' code.
 * The files' names carry their content hash, so a name is always the same bytes.
 */
export const ENGINE_CACHE = 'shangan-engine';

/** PGlite's wasm and its file-system image, by their name in the build (assets/pglite-….wasm). */
export function isEngineFile(fileName: string): boolean {
  return /(^|\/)(pglite|initdb)-[^/]*\.(wasm|data)$/.test(fileName);
}
