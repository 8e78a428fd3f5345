import { z } from 'zod';

/** A value that passed a schema: as written (what is stored) and as parsed (fen, dates). */
export interface AsWritten<Input, Output> {
  written: Input;
  parsed: Output;
}

/**
 * A field checked by `schema` whose text, as written, is kept beside its parsed form: what the
 * person typed is stored and read back exactly ("1.2万" stays "1.2万"), while every rule runs on
 * the parsed value. Issues keep their paths below the field (caseFile.debts[1].principal).
 */
export function asWritten<S extends z.ZodType>(schema: S) {
  return z.custom<z.input<S>>().transform((written, ctx): AsWritten<z.input<S>, z.output<S>> => {
    const parsed = schema.safeParse(written);
    if (parsed.success) return { written, parsed: parsed.data };
    // Zod's finished issues, handed on as they are: the field's own path is put in front of each.
    for (const issue of parsed.error.issues)
      ctx.issues.push({ ...issue, input: written } as z.core.$ZodRawIssue);
    return z.NEVER;
  });
}
