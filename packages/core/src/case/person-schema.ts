import { z } from 'zod';
import { textField } from './schema-primitives.js';

/**
 * Who the letters are from. Every field is optional: a letter leaves a blank line to fill in by
 * hand for anything missing. `phone` and `idNumber` are masked in documents unless asked for.
 */
export const personSchema = z.strictObject({
  name: textField(100).optional(),
  phone: z
    .string({ error: '应为文字 (expected text)' })
    .trim()
    .regex(/^\+?[\d\s-]{5,20}$/, '不是有效电话号码 (not a valid phone number)')
    .optional(),
  idNumber: z
    .string({ error: '应为文字 (expected text)' })
    .trim()
    .regex(
      /^\d{17}[\dXx]$|^\d{15}$/,
      '身份证号应为18位（或旧式15位） (an ID number has 18 characters, or 15)',
    )
    .optional(),
  city: textField(100).optional(),
  /** 住址, as on the ID card or where court papers reach the person: a court filing needs it. */
  address: textField(200).optional(),
});

export type Person = z.output<typeof personSchema>;
