import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { archiveHeadroom } from './archive/archive-limits.js';

/** Environment at boot, validated: a wrong value stops the server with a message naming it. */
const envSchema = z.object({
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
   * An imported archive (an export): the upload and its uncompressed total. Both are held in memory
   * while the archive is checked, so the default stays modest; zip without zip64 stops at 4 GiB.
   */
  MAX_ARCHIVE_MB: z.coerce.number().positive().max(4000).default(256),
});

export type ServerConfig = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  auth: 'local' | 'accounts';
  maxEvidenceBytes: number;
  maxArchiveBytes: number;
  webDir: string;
};

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  const maxEvidenceBytes = Math.round(value.MAX_EVIDENCE_MB * 1024 * 1024);
  const maxArchiveBytes = Math.round(value.MAX_ARCHIVE_MB * 1024 * 1024);
  // An export must re-import: the archive limit covers the evidence a case may hold plus the JSON
  // entries and zip structure (archiveHeadroom). Today one evidence file at its limit must fit; a
  // per-case evidence limit (maxCaseEvidenceBytes) takes MAX_EVIDENCE_MB's place here once it exists.
  const required = maxEvidenceBytes + archiveHeadroom();
  if (maxArchiveBytes < required) {
    throw new Error(
      `invalid environment: MAX_ARCHIVE_MB: must be at least ${Math.ceil(required / (1024 * 1024))} (MAX_EVIDENCE_MB and room for the case file, the logs and the zip structure), so that every export re-imports`,
    );
  }
  return {
    host: value.HOST,
    port: value.PORT,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    auth: value.AUTH,
    maxEvidenceBytes,
    maxArchiveBytes,
    webDir: value.WEB_DIR,
  };
}
