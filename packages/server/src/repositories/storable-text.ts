import type { ApiIssue } from '@shangan/contract';
import { formatIssuePath } from '@shangan/core';

/**
 * PostgreSQL cannot store U+0000 in text or jsonb, and jsonb refuses an unpaired UTF-16 surrogate
 * (which JSON can carry: "\ud83d" on its own). Input holding either would fail at INSERT, an
 * internal error; it is refused up front instead, naming the field.
 */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);
}

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

/**
 * The first string in a parsed JSON value (a value, or a field name) that cannot be stored, as a
 * validation issue with its path: debts[2].lender. Walks without recursion, so a deeply nested
 * body cannot overflow the stack.
 */
export function findUnstorableText(value: unknown): ApiIssue | undefined {
  const stack: Frame[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return unstorable(pathOf(frame), 'value');
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push({ value: current[index], key: index, parent: frame });
      }
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      const badKey = keys.find((key) => !isStorableText(key));
      if (badKey !== undefined) return unstorable(pathOf(frame), 'key');
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        stack.push({ value: (current as Record<string, unknown>)[key], key, parent: frame });
      }
    }
  }
  return undefined;
}

/** The issue of text that cannot be stored, at `path`: in a value or in a field name. */
export function unstorable(path: string, where: 'value' | 'key'): ApiIssue {
  return { path, code: 'unstorable_text', params: { in: where } };
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return formatIssuePath(keys.reverse());
}
