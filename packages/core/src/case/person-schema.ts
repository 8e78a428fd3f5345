import { z } from 'zod';
import { textField } from './schema-primitives.js';
import { says } from './state-issue.js';

/**
 * Who the letters are from. Every field is optional: a letter leaves a blank line to fill in by
 * hand for anything missing. `phone` and `idNumber` are masked in documents unless asked for.
 */
export const personSchema = z.strictObject({
  name: textField(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]{5,20}$/, says({ code: 'invalid_phone', params: {} }))
    .optional(),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$|^\d{15}$/, says({ code: 'invalid_id_number', params: {} }))
    .optional(),
  city: textField(100).optional(),
  /** 住址, as on the ID card or where court papers reach the person: a court filing needs it. */
  address: textField(200).optional(),
});

export type Person = z.output<typeof personSchema>;
