import { readFileSync } from 'node:fs';
import { createLprTable, parseCaseFileText, writeDocument } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.js';

const parsed = parseCaseFileText(
  readFileSync(new URL('../../../examples/five-loans-80k.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the example is a valid case file');
const request = {
  caseFile: parsed.value,
  lpr: createLprTable(),
  debtId: 'bank-10k',
  kind: 'negotiation',
  format: 'docx',
} as const;

describe('the core writes a Word file only with the renderer passed in', () => {
  it('gives .docx bytes (a zip) when renderDocx is passed', async () => {
    const result = await writeDocument({ ...request, renderDocx });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const bytes = result.value.body as Uint8Array;
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(result.value.fileName).toBe('bank-10k-negotiation.docx');
  });

  it('throws (a wiring bug, not bad input) when it is not', async () => {
    await expect(writeDocument(request)).rejects.toThrow(/DocxRenderer/);
  });
});
