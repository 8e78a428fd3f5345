import { caseFileSchema } from '@shangan/core';
import { z } from 'zod';

/** The JSON Schema (draft 2020-12) of what a case file may contain: the schema's input side. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://shangan.invalid/schemas/case.schema.json',
    title: '上岸 case file v1',
    description: 'A person’s debts for analysis by 上岸 (Shang’an). See docs/case-format.md.',
  };
}
