import { MAX_CONTACTS_CEILING } from '@shangan/core';
import { z } from 'zod';
import { archiveHeadroom, caseFileEntryLimit } from './archive/archive-limits.js';

const MB = 1024 * 1024;

/** Local mode has no login: it may listen only on this machine's loopback addresses. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** The most proxies in front of the server that TRUST_PROXY may name; more is surely a typo. */
const MAX_TRUSTED_PROXIES = 10;

/**
 * TRUST_PROXY: off by default (X-Forwarded-* are ignored: any client can write them); `on`/`true`
 * for one reverse proxy; or the number of proxies every request passes through (CDN + nginx = 2).
 */
const trustProxy = z
  .string()
  .default('off')
  .transform((raw, context) => {
    const value = raw.trim().toLowerCase();
    if (value === '' || value === 'off' || value === 'false') return 0;
    if (value === 'on' || value === 'true') return 1;
    const hops = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
    if (hops <= MAX_TRUSTED_PROXIES) return hops;
    context.addIssue({
      code: 'custom',
      message: `TRUST_PROXY must be off, on, or the number of proxies in front of the server (0–${MAX_TRUSTED_PROXIES})`,
    });
    return z.NEVER;
  });

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
    /** The built web app; by default the one built beside this server (config.ts). */
    WEB_DIR: z.string().min(1).optional(),
    /** Evidence files (recordings, screenshots, PDFs) larger than this are refused. */
    MAX_EVIDENCE_MB: z.coerce.number().positive().max(200).default(20),
    /**
     * Contacts one case may log. A thousand is years of collection calls; the ceiling keeps a case
     * file at its limit readable by `shangan` (MAX_CASE_FILE_BYTES is sized for it).
     */
    MAX_CONTACTS_PER_CASE: z.coerce.number().int().min(1).max(MAX_CONTACTS_CEILING).default(1000),
    /**
     * Evidence bytes one case may hold in all: what one export carries and one import restores.
     * Ten recordings at the per-file limit; an import holds about twice its archive in memory.
     */
    MAX_CASE_EVIDENCE_MB: z.coerce.number().positive().max(3000).default(200),
    /**
     * An imported archive (an export): the upload and its uncompressed total. By default just what
     * the export of a case at its limits needs (MAX_CASE_EVIDENCE_MB plus the case file, the logs
     * and the zip structure), so that every export re-imports; zip without zip64 stops at 4 GiB.
     */
    MAX_ARCHIVE_MB: z.coerce.number().positive().max(4000).optional(),
    TRUST_PROXY: trustProxy,
  })
  .superRefine((env, context) => {
    if (env.MAX_CASE_EVIDENCE_MB < env.MAX_EVIDENCE_MB) {
      context.addIssue({
        code: 'custom',
        path: ['MAX_CASE_EVIDENCE_MB'],
        message: 'MAX_CASE_EVIDENCE_MB must be at least MAX_EVIDENCE_MB (one file must fit in a case)',
      });
    }
    if (env.AUTH === 'local' && !LOOPBACK_HOSTS.has(env.HOST)) {
      context.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${env.HOST} would let anyone on the network in: local mode has no login and listens only on 127.0.0.1, ::1 or localhost; to serve other devices, set AUTH=accounts`,
      });
    }
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
  /** The largest import, as uploaded and uncompressed (MAX_ARCHIVE_MB). */
  maxArchiveBytes: number;
  webDir: string;
  /** How many reverse proxies in front of the server write X-Forwarded-For/-Proto; 0: none trusted. */
  trustProxyHops: number;
};

/**
 * The settings from environment variables, validated; `defaults` holds what depends on where the
 * server runs. Without node:* imports, so a browser's worker makes its settings with the same
 * defaults and limits (standalone mode: local, no web directory).
 */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  defaults: { webDir: string },
): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  const maxCaseEvidenceBytes = Math.round(value.MAX_CASE_EVIDENCE_MB * MB);
  // An export must re-import: the archive limit covers a case at its limits, its evidence plus the
  // case file at its contact limit, the logs and the zip structure (archiveHeadroom).
  const required = maxCaseEvidenceBytes + archiveHeadroom(caseFileEntryLimit(value.MAX_CONTACTS_PER_CASE));
  const maxArchiveBytes =
    value.MAX_ARCHIVE_MB === undefined ? required : Math.round(value.MAX_ARCHIVE_MB * MB);
  if (maxArchiveBytes < required) {
    throw new Error(
      `invalid environment: MAX_ARCHIVE_MB: must be at least ${Math.ceil(required / MB)} (MAX_CASE_EVIDENCE_MB and room for the case file, the logs and the zip structure), so that every export re-imports`,
    );
  }
  return {
    host: value.HOST,
    port: value.PORT,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    auth: value.AUTH,
    maxEvidenceBytes: Math.round(value.MAX_EVIDENCE_MB * MB),
    maxContactsPerCase: value.MAX_CONTACTS_PER_CASE,
    maxCaseEvidenceBytes,
    maxArchiveBytes,
    webDir: value.WEB_DIR ?? defaults.webDir,
    trustProxyHops: value.TRUST_PROXY,
  };
}
