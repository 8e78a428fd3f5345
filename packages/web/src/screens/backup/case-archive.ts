import { api, expectBytes, expectOk } from '../../api/client';
import type { RestoredCounts } from './messages';

/** The case's export zip, as GET …/export answers it (phone and ID numbers only with `reveal`). */
export function exportCaseZip(caseId: string, reveal: boolean): Promise<Uint8Array> {
  const query = reveal ? { reveal: 'true' as const } : {};
  return expectBytes(api.cases[':caseId'].export.$get({ param: { caseId }, query }));
}

/** Imports a decrypted export as a new case (POST /api/import, unchanged); resolves to its id. */
export async function importCaseZip(zip: Uint8Array): Promise<string> {
  const call = api.import.$post(
    { query: {} },
    { headers: { 'Content-Type': 'application/zip' }, init: { body: zip as Uint8Array<ArrayBuffer> } },
  );
  return (await expectOk(call)).id;
}

/** What a restored case holds, as the server now has it. */
export async function restoredCounts(caseId: string): Promise<RestoredCounts> {
  const param = { caseId };
  const [stored, evidence, agreements] = await Promise.all([
    expectOk(api.cases[':caseId'].$get({ param })),
    expectOk(api.cases[':caseId'].evidence.$get({ param })),
    expectOk(api.cases[':caseId'].agreements.$get({ param })),
  ]);
  const { debts } = stored.caseFile;
  return {
    title: stored.title,
    debts: debts.length,
    contacts: debts.reduce((sum, debt) => sum + (debt.contacts?.length ?? 0), 0),
    evidence: evidence.evidence.length,
    agreements: agreements.agreements.length,
  };
}
