import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from '../scripts/case-json-schema.js';

describe('schemas/case.schema.json', () => {
  it('is up to date with the zod schema (regenerate with: npm run schema)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schemas/case.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(caseJsonSchema())));
  });
});
