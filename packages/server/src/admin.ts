import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  AdminInputError,
  createAdvisorCommand,
  disableUserCommand,
  listAdvisorsCommand,
} from './admin/admin-commands.js';
import { adminMessages } from './admin/admin-messages.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/open-database.js';

/** The streams and environment of one run; `shangan admin` passes the CLI's (ADR 0024). */
export interface AdminRunIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv | undefined;
}

const COMMANDS = {
  'create-advisor': createAdvisorCommand,
  'list-advisors': listAdvisorsCommand,
  'disable-user': disableUserCommand,
} as const;

/**
 * `shangan admin <command>`: operator commands on the server's own database (DATABASE_URL, or
 * PGlite in DATA_DIR), opened and migrated as the server opens it. Exit codes as the CLI's:
 * 0 done, 2 something the operator can fix (told how), 1 anything else.
 */
export async function runAdmin(argv: string[], io: AdminRunIo): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const lang = langAt >= 0 && argv[langAt + 1] === 'en' ? 'en' : 'zh';
  const args = langAt >= 0 ? argv.filter((_arg, index) => index !== langAt && index !== langAt + 1) : argv;
  const text = adminMessages(lang);
  const print = (stream: NodeJS.WritableStream) => (line: string) => stream.write(`${line}\n`);
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help') {
    print(io.stdout)(text.help);
    return 0;
  }
  const prepare = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as keyof typeof COMMANDS] : undefined;
  if (prepare === undefined) {
    print(io.stderr)(text.unknownCommand(command));
    return 2;
  }
  try {
    const work = await prepare(rest, { stdin: io.stdin, out: print(io.stdout) }, text);
    const config = readConfig(io.env ?? process.env);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await work(database.db);
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof AdminInputError) {
      print(io.stderr)(error.message);
      return 2;
    }
    // A failed query's own message would carry its parameters (a password hash); its cause does not.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    print(io.stderr)(text.failed(cause instanceof Error ? cause.message : String(cause)));
    return 1;
  }
}

// Run as a program (`node packages/server/dist/admin.js …`), not only imported by the CLI.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  process.exitCode = await runAdmin(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
