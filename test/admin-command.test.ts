import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { verifyCredentials } from '../packages/server/src/repositories/user-repository.js';

// `shangan admin …` as an operator runs it: the built CLI (npm test builds first), handing over to
// the server package's admin entry, on the same database settings as the server — PGlite in a
// DATA_DIR, and PostgreSQL via DATABASE_URL when TEST_DATABASE_URL names a server.

const SHANGAN = fileURLToPath(new URL('../packages/cli/bin/shangan.js', import.meta.url));
const CLI_SOURCES = fileURLToPath(new URL('../packages/cli/src/', import.meta.url));
/** PGlite creates its cluster on first open: seconds, more on a busy machine. */
const ADMIN_TIMEOUT_MS = 120_000;

type Where = { DATA_DIR: string } | { DATABASE_URL: string };

function admin(where: Where, args: string[], input = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', ...where };
  return spawnSync(process.execPath, [SHANGAN, 'admin', ...args], {
    input,
    encoding: 'utf8',
    env,
    timeout: ADMIN_TIMEOUT_MS,
  });
}

async function credentialsWork(where: Where, email: string, password: string): Promise<boolean> {
  const database = await openDatabase(
    'DATA_DIR' in where ? { dataDir: where.DATA_DIR } : { databaseUrl: where.DATABASE_URL },
  );
  try {
    return (await verifyCredentials(database.db, email, password)) !== null;
  } finally {
    await database.close();
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function scratchPostgres(adminUrl: string): Promise<string> {
  const name = `shangan_admin_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  cleanups.push(() => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const testUrl = process.env.TEST_DATABASE_URL?.trim();
const places: [string, () => Promise<Where>][] = [
  [
    'pglite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'shangan-admin-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      return { DATA_DIR: join(dir, 'data') };
    },
  ],
  ...(testUrl
    ? [
        ['postgres', async (): Promise<Where> => ({ DATABASE_URL: await scratchPostgres(testUrl) })] as [
          string,
          () => Promise<Where>,
        ],
      ]
    : []),
];

describe.each(places)('shangan admin on %s', (_kind, place) => {
  it(
    'creates advisors (generated or piped password), lists them, and disables accounts',
    async () => {
      const where = await place();
      const created = admin(where, ['create-advisor', 'Advisor@Example.org']);
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      const password = /：(\S+)$/m.exec(created.stdout)?.[1] ?? '';
      expect(password).toHaveLength(24);
      expect(await credentialsWork(where, 'advisor@example.org', password)).toBe(true);

      const piped = admin(
        where,
        ['create-advisor', 'second@example.org', '--password-stdin', '--lang', 'en'],
        'a long enough secret\n',
      );
      expect(piped.status).toBe(0);
      expect(piped.stdout).toBe('created the advisor account second@example.org\n');
      expect(await credentialsWork(where, 'second@example.org', 'a long enough secret')).toBe(true);

      // Mistakes an operator can fix: exit 2, a sentence, no stack trace.
      for (const [args, input, says] of [
        [
          ['create-advisor', 'third@example.org', '--password-stdin'],
          'short\n',
          '密码长度应为 10–1024 个字符',
        ],
        [['create-advisor', 'advisor@example.org'], '', 'advisor@example.org 已经有账户了'],
        [['create-advisor', 'not-an-email'], '', '邮箱格式不对：not-an-email'],
        [['create-advisor'], '', '请写上邮箱'],
        [['disable-user', 'nobody@example.org'], '', '没有使用 nobody@example.org 的账户'],
        [['promote'], '', '没有这个运营命令：promote'],
      ] as const) {
        const result = admin(where, [...args], input);
        expect([args, result.status]).toEqual([args, 2]);
        expect(result.stderr).toContain(says);
        expect(result.stderr).not.toContain('    at ');
      }

      const listed = admin(where, ['list-advisors', '--lang', 'en']);
      expect(listed.status).toBe(0);
      expect(
        listed.stdout
          .trim()
          .split('\n')
          .map((line) => line.split('\t')[0]),
      ).toEqual(['advisor@example.org', 'second@example.org']);
      expect(listed.stdout).toContain('active');

      const disabled = admin(where, ['disable-user', 'second@example.org']);
      expect(disabled.status).toBe(0);
      expect(disabled.stdout).toContain('已停用 second@example.org');
      expect(await credentialsWork(where, 'second@example.org', 'a long enough secret')).toBe(false);
      expect(admin(where, ['list-advisors', '--lang', 'en']).stdout).toMatch(
        /second@example\.org\tcreated \S+\tdisabled /,
      );
    },
    4 * ADMIN_TIMEOUT_MS,
  );
});

describe('the analysis CLI stays apart from the server', () => {
  it('never imports @shangan/server statically and does not depend on it', () => {
    const manifest = JSON.parse(
      readFileSync(fileURLToPath(new URL('../packages/cli/package.json', import.meta.url)), 'utf8'),
    ) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('@shangan/server');
    const sources = readdirSync(CLI_SOURCES, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    for (const file of sources) {
      expect([file, readFileSync(join(CLI_SOURCES, file), 'utf8')]).not.toEqual([
        file,
        expect.stringMatching(/from '@shangan\/server|import\('@shangan\/server/),
      ]);
    }
  });
});
