import type { ValidationIssueParams } from './issue-facts.js';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; at: ValidationIssueParams<'invalid_json'> };

/**
 * JSON.parse with a byte-order mark allowed. On a syntax error it gives the line and column where
 * the engine says it stopped, when it says so; never the engine's message, which quotes the input
 * and is English whatever the reader's language.
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    if (position === undefined) return { ok: false, at: {} };
    const before = body.slice(0, Number(position)).split('\n');
    return { ok: false, at: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 } };
  }
}
