import { fileURLToPath } from 'node:url';
import { parseConfig, type ServerConfig } from './server-config.js';

export type { ServerConfig } from './server-config.js';

/** The built web app beside this server (packages/web/dist), unless WEB_DIR says otherwise. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Environment at boot, validated: a wrong value stops the server with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  return parseConfig(env, { webDir: DEFAULT_WEB_DIR });
}
