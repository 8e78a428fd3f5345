import { fileURLToPath } from 'node:url';
import { MAX_CONTACTS_CEILING } from '@shangan/core';
import { z } from 'zod';

/** Environment at boot, validated: a wrong value stops the server with a message naming it. */
const envSchema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
    DATA_DIR: z.string().min(1).default('./data'),
    // An empty DATABASE_URL (as `DATABASE_URL= npm start` gives) means "not set": embedded PGlite.
    DATABASE_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
        .optional(),
    ),
    AUTH: z.enum(['local', 'accounts']).default('local'),
    /** The built web app; by default the one built beside this server (packages/web/dist). */
    WEB_DIR: z
      .string()
      .min(1)
      .default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
    /** Evidence files (recordings, screenshots, PDFs) larger than this are refused. */
    MAX_EVIDENCE_MB: z.coerce.number().positive().max(200).default(20),
    /**
     * Contacts one case may log. A thousand is years of collection calls; the ceiling keeps a case
     * file at its limit readable by `shangan` (MAX_CASE_FILE_BYTES is sized for it).
     */
    MAX_CONTACTS_PER_CASE: z.coerce.number().int().min(1).max(MAX_CONTACTS_CEILING).default(1000),
    /** Evidence bytes one case may hold in all: what one export carries and one import restores. */
    MAX_CASE_EVIDENCE_MB: z.coerce.number().positive().max(10_240).default(500),
  })
  .refine((env) => env.MAX_CASE_EVIDENCE_MB >= env.MAX_EVIDENCE_MB, {
    path: ['MAX_CASE_EVIDENCE_MB'],
    message: 'MAX_CASE_EVIDENCE_MB must be at least MAX_EVIDENCE_MB (one file must fit in a case)',
  });

export type ServerConfig = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  auth: 'local' | 'accounts';
  maxEvidenceBytes: number;
  /** Contacts one case may log (MAX_CONTACTS_PER_CASE). */
  maxContactsPerCase: number;
  /** Evidence bytes one case may hold in all (MAX_CASE_EVIDENCE_MB). */
  maxCaseEvidenceBytes: number;
  webDir: string;
};

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  return {
    host: value.HOST,
    port: value.PORT,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    auth: value.AUTH,
    maxEvidenceBytes: Math.round(value.MAX_EVIDENCE_MB * 1024 * 1024),
    maxContactsPerCase: value.MAX_CONTACTS_PER_CASE,
    maxCaseEvidenceBytes: Math.round(value.MAX_CASE_EVIDENCE_MB * 1024 * 1024),
    webDir: value.WEB_DIR,
  };
}
