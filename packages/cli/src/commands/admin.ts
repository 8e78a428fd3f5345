import type { CliIo } from '../cli-io.js';
import { InputError } from '../input-error.js';

export const ADMIN_USAGE = [
  'shangan admin create-advisor <email> [--password-stdin] [--lang zh|en]',
  'shangan admin list-advisors [--lang zh|en]',
  'shangan admin disable-user <email> [--lang zh|en]',
].join('\n       ');

/**
 * The server's operator entry (packages/server/src/admin.ts). Named in a variable so that neither
 * the compiler nor the module loader follows it until `shangan admin` runs: the analysis commands
 * stay pure and never load the server or a database (ADR 0024).
 */
const SERVER_ADMIN = '@shangan/server/admin';

interface ServerAdmin {
  runAdmin(argv: string[], io: CliIo): Promise<number>;
}

/** `shangan admin …`: operator commands, run by the server package on its own database. */
export async function adminCommand(args: string[], io: CliIo): Promise<number> {
  let admin: ServerAdmin;
  try {
    admin = (await import(SERVER_ADMIN)) as ServerAdmin;
  } catch (error) {
    const missing =
      (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' &&
      String(error).includes('@shangan/server');
    if (!missing) throw error;
    throw new InputError([{ path: '', code: 'server_not_installed', params: {} }]);
  }
  return admin.runAdmin(args, io);
}
