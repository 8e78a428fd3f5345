import { readFileSync } from 'node:fs';
import { createLprTable } from '@shangan/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { OpenDatabase } from '../db/open-database.js';
import { databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { createApp } from './app.js';

// A write that fails in the database puts nothing of the person's into the log: not the query's
// parameters, not the failing row, not the evidence bytes, however drizzle or the driver word it.

const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../../../examples/microloan-34-7-percent.json', import.meta.url), 'utf8'),
) as { person?: Record<string, unknown>; debts: { id: string; contacts?: Record<string, unknown>[] }[] };
const PHONE = '+86 138-1234-5678';
const ID_NUMBER = '110101 19900307 123X';
const NOTE = '催收员说要去单位找领导 CONTACT-NOTE-MARKER';
/** A PNG signature and a marker, which a log would show as "137,80,78,71,13,10,26,10,…". */
const EVIDENCE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...Buffer.from('EVIDENCE-BYTES-MARKER')]);

/** Everything of the above that must not reach the log, in the forms a log could show it. */
const SECRETS = [
  '13812345678',
  '138-1234-5678',
  '1234-5678',
  '5678',
  '110101199003071234',
  '19900307',
  '123X',
  'CONTACT-NOTE-MARKER',
  '催收员',
  'EVIDENCE-BYTES-MARKER',
  '137,80,78,71',
  '137, 80, 78, 71',
  '89504e47',
];

function caseFile() {
  const file = structuredClone(EXAMPLE);
  file.person = { ...file.person, phone: PHONE, idNumber: ID_NUMBER.replaceAll(' ', '') };
  const debt = file.debts[0] as { contacts?: Record<string, unknown>[] };
  debt.contacts = [
    {
      at: '2026-11-05T10:00',
      channel: 'phone',
      direction: 'incoming',
      number: PHONE,
      theySaid: `${NOTE} ${ID_NUMBER}`,
    },
  ];
  return file;
}

/** Makes every INSERT into `table` fail as a check constraint would, quoting the whole row. */
async function refuseInserts(database: OpenDatabase, table: 'cases' | 'evidence') {
  await database.db.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION refuse_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'new row for relation "${table}" violates check constraint "test_refusal"'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'test_refusal', TABLE = '${table}',
                DETAIL = 'Failing row contains ' || NEW::text;
      END $$`),
  );
  await database.db.execute(
    sql.raw(
      `CREATE TRIGGER refuse_${table} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_${table}();`,
    ),
  );
}

describe.each(databaseKinds())('the log of a failed write on %s', (kind) => {
  let database: OpenDatabase;
  const logged: string[] = [];
  let app: ReturnType<typeof createApp>;
  const config = readConfig({});
  const headers = { host: `127.0.0.1:${config.port}` };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = createApp({
      database,
      config,
      lpr: createLprTable(),
      version: 'test',
      log: (line) => logged.push(line),
    });
  }, 60_000);
  afterAll(() => database.close());

  it('names the SQLSTATE and the constraint, never the case file, the contact or the evidence', async () => {
    const created = await app.request('/api/import?title=log', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(caseFile()),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await refuseInserts(database, 'evidence');
    const upload = await app.request(`/api/cases/${id}/evidence?fileName=shot.png`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'image/png' },
      body: EVIDENCE,
    });
    expect(upload.status).toBe(500);

    await refuseInserts(database, 'cases');
    const refused = await app.request('/api/import?title=log', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(caseFile()),
    });
    expect(refused.status).toBe(500);

    expect(logged).toHaveLength(2);
    const log = logged.join('\n');
    for (const secret of SECRETS) expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/insert into|params|Failing row/i);
    expect(logged[0]).toMatch(
      /^POST \/api\/cases\/[\w-]+\/evidence failed: database error 23514 table evidence constraint test_refusal/,
    );
    expect(logged[1]).toMatch(
      /^POST \/api\/import failed: database error 23514 table cases constraint test_refusal/,
    );
  });
});
