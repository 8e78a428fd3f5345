/** GET /api/health. */
export interface HealthJson {
  ok: true;
  db: 'pglite' | 'postgres';
  /** local: one person on their own machine; accounts: sign-in, clients and advisors. */
  auth: 'local' | 'accounts';
  version: string;
}
