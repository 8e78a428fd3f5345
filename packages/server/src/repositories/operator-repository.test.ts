import { createLprTable } from '@shangan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { createApp } from '../http/app.js';
import { sessionBrowser } from '../test-support/session-browser.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { disableAccount, listAdvisorAccounts } from './operator-repository.js';
import { createAdvisor } from './user-repository.js';

const PASSWORD = 'correct horse battery';

describe.each(databaseKinds())('operator functions on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({
      database,
      config: readConfig({ AUTH: 'accounts', HOST: '0.0.0.0' }),
      lpr: createLprTable(),
      version: 'test',
    });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('disabling an account ends its sessions at once and refuses its sign-ins like a wrong password', async () => {
    const email = `disabled-${kind}@operator.test`;
    await createAdvisor(database.db, email, PASSWORD);
    const advisor = sessionBrowser(app, '198.51.100.40');
    const login = () => advisor.send('POST', '/api/auth/login', { email, password: PASSWORD });
    expect((await login()).status).toBe(200);
    expect((await advisor.call('/api/cases')).status).toBe(200);

    expect(await disableAccount(database.db, email.toUpperCase())).toEqual({ endedSessions: 1 });
    expect((await advisor.call('/api/cases')).status).toBe(401);
    const refused = await login();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_credentials');
    expect(
      (await listAdvisorAccounts(database.db)).find((account) => account.email === email)?.disabledAt,
    ).not.toBeNull();
    // Disabling again keeps the first time; an unknown address is null.
    expect(await disableAccount(database.db, email)).toEqual({ endedSessions: 0 });
    expect(await disableAccount(database.db, `nobody-${kind}@operator.test`)).toBeNull();
  });
});
