import type { ChildProcess } from 'node:child_process';

/** start-server.mjs's types, for the benches written in TypeScript (standalone.bench.ts). */
export function startServer(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }>;
