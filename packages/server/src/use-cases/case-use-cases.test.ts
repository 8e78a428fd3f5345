import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Fen, formatYuan, parseMoney } from '@shangan/core';
import { and, asc, count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '../db/open-database.js';
import {
  agreementInstalments,
  agreements,
  auditLog,
  caseAssignments,
  cases,
  contacts,
  debts,
  evidence,
  negotiationEvents,
  payments,
} from '../db/schema.js';
import { ExpectedError } from '../errors/expected-error.js';
import type { Actor } from '../repositories/actor.js';
import {
  addContact,
  addEvidence,
  caseTitle,
  createCase,
  exportCase,
  importArchive,
  listContacts,
  readCaseFile,
  replaceCase,
} from '../test-support/case-calls.js';
import { createTestUser, databaseKinds, openTestDatabase } from '../test-support/test-database.js';
import { deleteCase, listCases } from './case-use-cases.js';
import { listEvidence, readEvidence } from './contact-use-cases.js';

type Json = Record<string, unknown>;

const exampleText = readFileSync(
  new URL('../../../../examples/five-loans-80k.json', import.meta.url),
  'utf8',
);
/** A fresh copy of examples/five-loans-80k.json for each use. */
const example = (): Json => JSON.parse(exampleText) as Json;
const debtsOf = (file: Json) => file.debts as Json[];

function toFen(amount: unknown): Fen {
  const parsed = parseMoney(amount as string | number);
  if (!parsed.ok) throw new Error(`not money: ${String(amount)}`);
  return parsed.value;
}

/**
 * A case file as the store gives it back: every amount as yuan with two decimals ("2000" →
 * "2000.00"), everything else as written.
 */
function asStored(file: Json): Json {
  const copy = structuredClone(file);
  for (const debt of debtsOf(copy)) {
    const list = debt.payments as Json[] | undefined;
    if (list) for (const payment of list) payment.amount = formatYuan(toFen(payment.amount));
  }
  return copy;
}

const contact = (at: string, extra: Json = {}): Json => ({
  at,
  channel: 'phone',
  direction: 'incoming',
  ...extra,
});

/** A contact as GET /api/cases/:caseId gives it: what the calculations read, without the texts. */
function factsOf(logged: Json): Json {
  const { at, channel, direction, flags, followUp } = logged;
  return Object.fromEntries(
    Object.entries({ at, channel, direction, flags, followUp }).filter(([, value]) => value !== undefined),
  );
}

/** A whole case file (an export's case.json) as GET /api/cases/:caseId gives it. */
function withContactFacts(file: Json): Json {
  const debtList = debtsOf(file).map((debt) =>
    debt.contacts ? { ...debt, contacts: (debt.contacts as Json[]).map(factsOf) } : debt,
  );
  return { ...file, debts: debtList };
}

async function logContact(db: Database, actor: Actor, caseId: string, debtId: string, input: Json) {
  const result = await addContact(db, actor, caseId, debtId, input);
  if (!result.ok) throw new Error(`contact refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** What the 404 the promise rejects with is about. */
async function notFound(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpectedError && error.facts.code === 'not_found') return error.facts.params.what;
    throw error;
  }
  throw new Error('expected a 404, but the call succeeded');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe.each(databaseKinds())('case store on %s', (kind) => {
  let database: OpenDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    db = database.db;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('opens the kind of database asked for', () => {
    expect(database.kind).toBe(kind);
  });

  it('stores five-loans-80k.json and reads back the same case file', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, '五笔网贷 8 万', example());
    expect(await caseTitle(db, id)).toBe('五笔网贷 8 万');
    const stored = await readCaseFile(db, owner, id);
    expect(stored).toEqual(asStored(example()));
    // Debts keep their order; payments their dates.
    expect(debtsOf(stored).map((debt) => debt.id)).toEqual(debtsOf(example()).map((debt) => debt.id));
    // Reading twice gives the same text.
    expect(JSON.stringify(await readCaseFile(db, owner, id))).toBe(JSON.stringify(stored));
  });

  it("lists the owner's cases with their debt counts, and only theirs", async () => {
    const owner = await createTestUser(database, 'client');
    const stranger = await createTestUser(database, 'client');
    const small = example();
    small.debts = debtsOf(small).slice(0, 2);
    const first = await createCase(db, owner, 'all five', example());
    const second = await createCase(db, owner, 'two of them', small);
    await createCase(db, stranger, "someone else's", example());
    const listed = await listCases(db, owner);
    expect(listed.map(({ id, title, asOf, debtCount }) => ({ id, title, asOf, debtCount }))).toEqual(
      expect.arrayContaining([
        { id: first, title: 'all five', asOf: '2026-11-20', debtCount: 5 },
        { id: second, title: 'two of them', asOf: '2026-11-20', debtCount: 2 },
      ]),
    );
    expect(listed).toHaveLength(2);
    expect(await listCases(db, await createTestUser(database, 'client'))).toEqual([]);
  });

  it('replaces header, debts and payments (PUT) but never the contact log', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'before', example());
    const kept = await logContact(
      db,
      owner,
      id,
      'bank-10k',
      contact('2026-11-03T22:40', { theySaid: '今天必须还清' }),
    );
    await logContact(db, owner, id, 'friend-8k', contact('2026-10-20T10:00', { channel: 'wechat' }));

    const edited = example();
    edited.asOf = '2026-11-25';
    delete edited.person;
    const [bank, xiaojin] = debtsOf(edited) as [Json, Json];
    bank.payments = (bank.payments as Json[]).slice(0, 2);
    bank.status = 'overdue';
    // Contacts in an edit would be ignored: the log is written only through addContact.
    bank.contacts = [contact('2026-11-04T09:00')];
    const added = { ...structuredClone(xiaojin), id: 'new-debt', payments: [] };
    // friend-8k is dropped, its log with it; debts are reordered and one is added.
    edited.debts = [xiaojin, added, bank, ...debtsOf(edited).slice(2, 3)];
    await replaceCase(db, owner, id, 'after', edited);

    expect(await caseTitle(db, id)).toBe('after');
    const expected = asStored(edited);
    const expectedDebts = debtsOf(expected);
    delete expectedDebts[1]?.payments;
    (expectedDebts[2] as Json).contacts = [factsOf(kept.contact)];
    expect(await readCaseFile(db, owner, id)).toEqual(expected);
    const log = await listContacts(db, owner, id);
    expect(log.map(({ id: contactId, debtId }) => ({ contactId, debtId }))).toEqual([
      { contactId: kept.id, debtId: 'bank-10k' },
    ]);
    const [paymentRows] = await db
      .select({ n: count() })
      .from(payments)
      .where(and(eq(payments.caseId, id), eq(payments.debtId, 'bank-10k')));
    expect(paymentRows?.n).toBe(2);
  });

  it('deletes a case with its debts, payments, contacts, evidence, assignments, negotiation and agreements', async () => {
    const owner = await createTestUser(database, 'client');
    const advisor = await createTestUser(database, 'advisor');
    const id = await createCase(db, owner, 'to delete', example());
    const logged = await logContact(db, owner, id, 'bank-10k', contact('2026-11-03T22:40'));
    await addEvidence(db, owner, id, {
      contactId: logged.id,
      fileName: 'call.m4a',
      mediaType: 'audio/mp4',
      content: randomBytes(256),
    });
    await db.insert(caseAssignments).values({ caseId: id, advisorId: advisor.userId });
    await db
      .insert(negotiationEvents)
      .values({ id: randomUUID(), caseId: id, debtId: 'bank-10k', state: 'asked' });
    const agreementId = randomUUID();
    await db.insert(agreements).values({
      id: agreementId,
      caseId: id,
      debtId: 'bank-10k',
      totalFen: 800_000,
      terms: { instalments: 2 },
    });
    await db.insert(agreementInstalments).values([
      { agreementId, seq: 1, dueOn: '2026-12-01', amountFen: 400_000 },
      { agreementId, seq: 2, dueOn: '2027-01-01', amountFen: 400_000 },
    ]);
    const other = await createCase(db, owner, 'kept', example());

    await deleteCase(db, owner, id);

    const remaining = async (table: typeof debts | typeof payments | typeof contacts | typeof evidence) =>
      (await db.select({ n: count() }).from(table).where(eq(table.caseId, id)))[0]?.n;
    expect(await remaining(debts)).toBe(0);
    expect(await remaining(payments)).toBe(0);
    expect(await remaining(contacts)).toBe(0);
    expect(await remaining(evidence)).toBe(0);
    expect(await db.select().from(cases).where(eq(cases.id, id))).toEqual([]);
    expect(await db.select().from(caseAssignments).where(eq(caseAssignments.caseId, id))).toEqual([]);
    expect(await db.select().from(negotiationEvents).where(eq(negotiationEvents.caseId, id))).toEqual([]);
    expect(await db.select().from(agreements).where(eq(agreements.caseId, id))).toEqual([]);
    expect(
      await db.select().from(agreementInstalments).where(eq(agreementInstalments.agreementId, agreementId)),
    ).toEqual([]);
    expect(await notFound(readCaseFile(db, owner, id))).toBe('case');
    expect(await notFound(deleteCase(db, owner, id))).toBe('case');
    // The owner's other case is untouched.
    expect(await readCaseFile(db, owner, other)).toEqual(asStored(example()));
  });

  it('keeps every payment to the fen', async () => {
    const owner = await createTestUser(database, 'client');
    const written = ['916.80', '0.01', '1134.13', '1,234.56', '1.2万', 2000, 0.1, '99999999999.99'];
    const file = example();
    const bank = debtsOf(file)[0] as Json;
    bank.payments = written.map((amount) => ({ date: '2025-04-12', amount }));
    const id = await createCase(db, owner, 'money', file);
    const rows = await db
      .select({ amountFen: payments.amountFen })
      .from(payments)
      .where(and(eq(payments.caseId, id), eq(payments.debtId, 'bank-10k')))
      .orderBy(asc(payments.amountFen));
    const fens = written.map(toFen).sort((a, b) => a - b);
    expect(rows.map((row) => row.amountFen)).toEqual(fens);
    expect(fens).toEqual([1, 10, 91_680, 113_413, 123_456, 200_000, 1_200_000, 9_999_999_999_999]);
    const stored = debtsOf(await readCaseFile(db, owner, id))[0] as Json;
    expect((stored.payments as Json[]).map((payment) => payment.amount)).toEqual([
      '0.01',
      '0.10',
      '916.80',
      '1134.13',
      '1234.56',
      '2000.00',
      '12000.00',
      '99999999999.99',
    ]);
  });

  it('keeps any amount of fen exactly (property)', async () => {
    const owner = await createTestUser(database, 'client');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 10_000_000_000_000 }), { minLength: 1, maxLength: 12 }),
        async (amounts) => {
          const file = example();
          file.debts = [
            {
              ...(debtsOf(file)[0] as Json),
              payments: amounts.map((amount, index) => ({
                date: `2025-05-${String(1 + (index % 28)).padStart(2, '0')}`,
                amount: formatYuan(amount as Fen),
              })),
            },
          ];
          const id = await createCase(db, owner, 'fen', file);
          const stored = debtsOf(await readCaseFile(db, owner, id))[0] as Json;
          const readBack = (stored.payments as Json[]).map((payment) => toFen(payment.amount));
          expect(readBack.sort((a, b) => a - b)).toEqual([...amounts].sort((a, b) => a - b));
          await deleteCase(db, owner, id);
        },
      ),
      { numRuns: 25, seed: 4_2026 },
    );
  });

  it('appends contacts and reads them in time order, each exactly as logged', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'contacts', example());
    const inputs = [
      contact('2026-11-03T22:40', { number: '95188', theySaid: '不还就上门', flags: ['threat'] }),
      contact('2026-11-01T09:00', { channel: 'sms', theySaid: '您已逾期' }),
      contact('2026-11-03T08:15', {
        direction: 'outgoing',
        iPromised: '月底前回复方案',
        followUp: '2026-11-30',
      }),
      contact('2026-11-03T08:15', { channel: 'app', counterpartName: '李专员' }),
    ];
    const logged = [];
    for (const input of inputs) logged.push(await logContact(db, owner, id, 'xiaodai-10k', input));
    await logContact(db, owner, id, 'bank-10k', contact('2026-10-30T12:00'));
    for (const [index, entry] of logged.entries()) {
      expect(entry.contact).toEqual(inputs[index]);
      expect(entry.debtId).toBe('xiaodai-10k');
    }

    const log = (await listContacts(db, owner, id)).filter((entry) => entry.debtId === 'xiaodai-10k');
    expect(log.map((entry) => entry.contact.at)).toEqual([
      '2026-11-01T09:00',
      '2026-11-03T08:15',
      '2026-11-03T08:15',
      '2026-11-03T22:40',
    ]);
    expect(log.map((entry) => entry.contact)).toEqual(expect.arrayContaining(inputs));
    // The case file lists them in the same order as the log.
    const debt = debtsOf(await readCaseFile(db, owner, id)).find((entry) => entry.id === 'xiaodai-10k');
    expect(debt?.contacts).toEqual(log.map((entry) => factsOf(entry.contact)));

    // Appending does not disturb what is there.
    await logContact(db, owner, id, 'xiaodai-10k', contact('2026-10-01T07:00'));
    const after = (await listContacts(db, owner, id)).filter((entry) => entry.debtId === 'xiaodai-10k');
    expect(after.slice(1).map((entry) => entry.id)).toEqual(log.map((entry) => entry.id));

    const refused = await addContact(db, owner, id, 'bank-10k', { ...contact('2026-11-03 22:40'), extra: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['at', '']));
    }
    expect(await notFound(addContact(db, owner, id, 'no-such-debt', contact('2026-11-03T22:40')))).toBe(
      'debt',
    );
  });

  it('keeps evidence bytes and their SHA-256, linked to a contact or not', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'evidence', example());
    const logged = await logContact(db, owner, id, 'app-10k', contact('2026-11-05T23:10'));
    const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);
    const files = [
      {
        contactId: logged.id,
        fileName: '催收录音 11-05.m4a',
        mediaType: 'audio/mp4',
        content: randomBytes(70_000),
      },
      { contactId: null, fileName: 'bytes.bin.txt', mediaType: 'text/plain', content: everyByte },
      { contactId: null, fileName: 'one.png', mediaType: 'image/png', content: new Uint8Array([0]) },
    ];
    const summaries = [];
    for (const file of files) summaries.push(await addEvidence(db, owner, id, file));
    for (const [index, file] of files.entries()) {
      const summary = summaries[index];
      expect(summary).toMatchObject({
        contactId: file.contactId,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.content.byteLength,
        sha256: sha256(file.content),
      });
      const stored = await readEvidence(db, owner, id, summary?.id ?? '');
      const content = new Uint8Array(await new Response(stored.content).arrayBuffer());
      expect(hex(content)).toBe(hex(file.content));
      expect(sha256(content)).toBe(stored.sha256);
    }
    const listed = await listEvidence(db, owner, id);
    expect(listed.map((item) => item.id).sort()).toEqual(summaries.map((item) => item.id).sort());
    const [withContact] = (await listContacts(db, owner, id)).filter((entry) => entry.id === logged.id);
    expect(withContact?.evidence.map((item) => item.fileName)).toEqual(['催收录音 11-05.m4a']);

    expect(
      await notFound(
        addEvidence(db, owner, id, { ...(files[2] as (typeof files)[2]), contactId: 'not-a-uuid' }),
      ),
    ).toBe('contact');
    expect(await notFound(readEvidence(db, owner, id, randomUUID()))).toBe('evidence');
    expect(await notFound(readEvidence(db, owner, id, 'not-a-uuid'))).toBe('evidence');
  });

  it("lets an advisor see the cases assigned to them, and audits each read of a client's case", async () => {
    const client = await createTestUser(database, 'client');
    const advisor = await createTestUser(database, 'advisor');
    const otherAdvisor = await createTestUser(database, 'advisor');
    const id = await createCase(db, client, 'assigned', example());
    const unassigned = await createCase(db, client, 'not assigned', example());
    await addEvidence(db, client, id, {
      contactId: null,
      fileName: 'a.txt',
      mediaType: 'text/plain',
      content: strToU8('x'),
    });
    await db.insert(caseAssignments).values({ caseId: id, advisorId: advisor.userId });
    const ownCase = await createCase(db, advisor, "the advisor's own", example());

    const audit = async (actor: Actor) =>
      (
        await db
          .select({ action: auditLog.action, caseId: auditLog.caseId })
          .from(auditLog)
          .where(eq(auditLog.actorId, actor.userId))
          .orderBy(asc(auditLog.id))
      ).map((row) => `${row.action} ${row.caseId === id ? 'assigned' : row.caseId}`);

    expect((await listCases(db, advisor)).map((summary) => summary.id).sort()).toEqual([id, ownCase].sort());
    expect((await listCases(db, otherAdvisor)).map((summary) => summary.id)).toEqual([]);
    expect(await readCaseFile(db, advisor, id)).toEqual(await readCaseFile(db, client, id));
    expect(await audit(advisor)).toEqual(['read_case assigned']);
    await readCaseFile(db, advisor, id);
    await listContacts(db, advisor, id);
    await listEvidence(db, advisor, id);
    expect(await audit(advisor)).toEqual([
      'read_case assigned',
      'read_case assigned',
      'read_contacts assigned',
      'read_evidence assigned',
    ]);
    // Their own case and the client's own reads are not audited; refused reads are, as refused.
    await readCaseFile(db, advisor, ownCase);
    await readCaseFile(db, client, id);
    expect(await audit(client)).toEqual([]);
    expect(await audit(advisor)).toHaveLength(4);
    expect(await notFound(readCaseFile(db, advisor, unassigned))).toBe('case');
    expect(await notFound(readCaseFile(db, otherAdvisor, id))).toBe('case');
    expect(await audit(otherAdvisor)).toEqual(['read_case assigned']);
    expect(await audit(advisor)).toEqual([
      'read_case assigned',
      'read_case assigned',
      'read_contacts assigned',
      'read_evidence assigned',
      `read_case ${unassigned}`,
    ]);
    const refused = await db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(eq(auditLog.actorId, otherAdvisor.userId));
    expect(refused).toEqual([{ outcome: 'refused' }]);
  });

  it("treats another owner's ids as missing: case, debt, contact and evidence", async () => {
    const owner = await createTestUser(database, 'client');
    const stranger = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'private', example());
    const logged = await logContact(db, owner, id, 'bank-10k', contact('2026-11-03T22:40'));
    const file = await addEvidence(db, owner, id, {
      contactId: logged.id,
      fileName: 'call.m4a',
      mediaType: 'audio/mp4',
      content: randomBytes(64),
    });
    const before = await readCaseFile(db, owner, id);

    // The stranger cannot reach the case at all.
    const attempts: [string, () => Promise<unknown>][] = [
      ['readCaseFile', () => readCaseFile(db, stranger, id)],
      ['replaceCase', () => replaceCase(db, stranger, id, 'taken', example())],
      ['deleteCase', () => deleteCase(db, stranger, id)],
      ['addContact', () => addContact(db, stranger, id, 'bank-10k', contact('2026-11-04T10:00'))],
      ['listContacts', () => listContacts(db, stranger, id)],
      ['listEvidence', () => listEvidence(db, stranger, id)],
      ['readEvidence', () => readEvidence(db, stranger, id, file.id)],
      [
        'addEvidence',
        () => addEvidence(db, stranger, id, { ...file, contactId: null, content: strToU8('x') }),
      ],
      ['exportCase', () => exportCase(db, stranger, id, true)],
      ['random id', () => readCaseFile(db, owner, randomUUID())],
      ['not a uuid', () => readCaseFile(db, owner, 'abc')],
    ];
    for (const [label, attempt] of attempts)
      expect([label, await notFound(attempt())]).toEqual([label, 'case']);

    // Nor, from inside a case of their own, the owner's debt, contact or evidence.
    const small = example();
    small.debts = debtsOf(small).slice(1, 2);
    const own = await createCase(db, stranger, 'own', small);
    expect(await notFound(addContact(db, stranger, own, 'bank-10k', contact('2026-11-04T10:00')))).toBe(
      'debt',
    );
    expect(
      await notFound(
        addEvidence(db, stranger, own, {
          contactId: logged.id,
          fileName: 'x.txt',
          mediaType: 'text/plain',
          content: strToU8('x'),
        }),
      ),
    ).toBe('contact');
    expect(await notFound(readEvidence(db, stranger, own, file.id))).toBe('evidence');

    expect(await readCaseFile(db, owner, id)).toEqual(before);
    expect(await caseTitle(db, id)).toBe('private');
    expect((await listContacts(db, owner, id)).map((entry) => entry.id)).toEqual([logged.id]);
  });

  it('exports, imports and exports again to the same bytes, evidence still linked to its contacts', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, '导出 export', example());
    const a1 = await logContact(
      db,
      owner,
      id,
      'bank-10k',
      contact('2026-11-03T22:40', { theySaid: '一', notes: '语气很凶。\n第二天又打来 "两次"' }),
    );
    const a2 = await logContact(db, owner, id, 'bank-10k', contact('2026-11-01T09:00', { theySaid: '二' }));
    const a3 = await logContact(db, owner, id, 'bank-10k', contact('2026-11-03T22:40', { theySaid: '三' }));
    const b1 = await logContact(
      db,
      owner,
      id,
      'app-10k',
      contact('2026-11-02T23:30', { flags: ['third_party'] }),
    );
    const attach = (contactId: string | null, fileName: string, mediaType: string, content: Uint8Array) =>
      addEvidence(db, owner, id, { contactId, fileName, mediaType, content });
    await attach(a3.id, '录音 三.m4a', 'audio/mp4', randomBytes(4096));
    await attach(a2.id, 'sms.png', 'image/png', randomBytes(1000));
    await attach(b1.id, '通话.m4a', 'audio/mp4', randomBytes(3000));
    await attach(null, '借条.pdf', 'application/pdf', randomBytes(2000));
    await attach(a1.id, 'same-time.txt', 'text/plain', strToU8('at 22:40'));

    const first = await exportCase(db, owner, id, true);
    const entries = unzipSync(first);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['case.json', 'manifest.json']));
    // evidence/NNNN-<name>, numbered in upload order (files uploaded in the same millisecond on PGlite
    // are ordered by hash, so only the names are compared here).
    const evidenceEntries = Object.keys(entries).filter((name) => name.startsWith('evidence/'));
    expect(evidenceEntries.map((name) => name.slice(0, 14)).sort()).toEqual(
      ['0001', '0002', '0003', '0004', '0005'].map((n) => `evidence/${n}-`),
    );
    expect(evidenceEntries.map((name) => name.slice(14)).sort()).toEqual(
      ['录音 三.m4a', 'sms.png', '通话.m4a', '借条.pdf', 'same-time.txt'].sort(),
    );
    expect(withContactFacts(JSON.parse(strFromU8(entries['case.json'] as Uint8Array)))).toEqual(
      await readCaseFile(db, owner, id),
    );
    // The person's notes travel inside the contact, not as a file.
    expect(strFromU8(entries['case.json'] as Uint8Array)).toContain(
      '"notes": "语气很凶。\\n第二天又打来 \\"两次\\""',
    );

    const imported = await importArchive(db, owner, first);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(imported.id).not.toBe(id);
    const second = await exportCase(db, owner, imported.id, true);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    // Each file is linked to the contact with the same content in the new case.
    const linkedTo = async (caseId: string) =>
      (await listContacts(db, owner, caseId))
        .flatMap((entry) =>
          entry.evidence.map((item) => `${item.sha256} ${entry.debtId} ${JSON.stringify(entry.contact)}`),
        )
        .sort();
    expect(await linkedTo(imported.id)).toEqual(await linkedTo(id));
    expect(await linkedTo(id)).toHaveLength(4);
    expect(await caseTitle(db, imported.id)).toBe('导出 export');
  });

  it('export → wipe → import restores an identical case', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, '备份 backup', example());
    const logged = await logContact(
      db,
      owner,
      id,
      'bank-10k',
      contact('2026-11-03T22:40', { theySaid: '上门' }),
    );
    await addEvidence(db, owner, id, {
      contactId: logged.id,
      fileName: '录音.m4a',
      mediaType: 'audio/mp4',
      content: randomBytes(2048),
    });
    const before = await exportCase(db, owner, id, true);
    await deleteCase(db, owner, id);
    expect(await notFound(readCaseFile(db, owner, id))).toBe('case');
    const restored = await importArchive(db, owner, before);
    if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
    const after = await exportCase(db, owner, restored.id, true);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });

  it('leaves phone and ID numbers and the address out of an export unless revealed', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'masked', example());
    const text = (zip: Uint8Array) =>
      Object.values(unzipSync(zip))
        .map((entry) => strFromU8(entry))
        .join('\n');
    const masked = await exportCase(db, owner, id, false);
    const maskedEntries = unzipSync(masked);
    const caseFile = JSON.parse(strFromU8(maskedEntries['case.json'] as Uint8Array)) as Json;
    expect(caseFile.person).toEqual({ name: '张三', city: '杭州' });
    expect(JSON.parse(strFromU8(maskedEntries['manifest.json'] as Uint8Array)).sensitive).toBe('left_out');
    expect(text(masked)).not.toContain('13812345678');
    expect(text(masked)).not.toContain('110101199001011234');
    expect(text(masked)).not.toContain('文三路');

    const revealed = await exportCase(db, owner, id, true);
    expect(text(revealed)).toContain('13812345678');
    expect(text(revealed)).toContain('110101199001011234');
    expect(JSON.parse(strFromU8(unzipSync(revealed)['manifest.json'] as Uint8Array)).sensitive).toBe(
      'included',
    );
    // A masked export still imports: the case without the numbers.
    const imported = await importArchive(db, owner, masked);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect((await readCaseFile(db, owner, imported.id)).person).toEqual({ name: '张三', city: '杭州' });
  });

  it('refuses a damaged or foreign archive without creating a case', async () => {
    const owner = await createTestUser(database, 'client');
    const id = await createCase(db, owner, 'source', example());
    await addEvidence(db, owner, id, {
      contactId: null,
      fileName: 'a.txt',
      mediaType: 'text/plain',
      content: strToU8('original'),
    });
    const entries = unzipSync(await exportCase(db, owner, id, true));
    const rezip = (changes: Record<string, Uint8Array | undefined>) => {
      const next = { ...entries, ...changes };
      for (const [name, value] of Object.entries(changes)) if (value === undefined) delete next[name];
      return zipSync(next as Record<string, Uint8Array>);
    };
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as Json;
    const damaged = [
      { zip: strToU8('not a zip'), path: '' },
      { zip: rezip({ 'evidence/0001-a.txt': strToU8('tampered') }), path: 'evidence/0001-a.txt' },
      { zip: rezip({ 'evidence/0001-a.txt': undefined }), path: 'evidence/0001-a.txt' },
      { zip: rezip({ 'manifest.json': undefined }), path: 'manifest.json' },
      {
        zip: rezip({ 'manifest.json': strToU8(JSON.stringify({ ...manifest, format: 'other' })) }),
        path: 'manifest.json',
      },
      { zip: rezip({ 'case.json': strToU8('{"version":2}') }), path: 'case.json: version' },
    ];
    for (const { zip, path } of damaged) {
      const result = await importArchive(db, owner, zip);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
    }
    expect((await listCases(db, owner)).map((summary) => summary.id)).toEqual([id]);
  });
});
