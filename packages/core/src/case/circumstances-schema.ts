import { z } from 'zod';
import { textField } from './schema-primitives.js';

export const HARDSHIP_KINDS = ['unemployment', 'illness', 'family', 'business_loss', 'other'] as const;
export type HardshipKind = (typeof HARDSHIP_KINDS)[number];

/** Why the person cannot pay as agreed, and the papers that show it (for hardship requests). */
export const circumstancesSchema = z.strictObject({
  hardship: z.array(z.enum(HARDSHIP_KINDS)).max(HARDSHIP_KINDS.length).default([]),
  evidence: z.array(textField(200)).max(50).default([]),
  /** The person's own words about what happened, quoted in the hardship request. */
  description: z.string().trim().max(2000).optional(),
});

export type Circumstances = z.output<typeof circumstancesSchema>;
