import { useState } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { doneCount, evidenceType, type UploadItem, uploadInTurn, waitingItems } from './evidence-uploads';

/** One contact's batch of files, as it goes up. */
export interface EvidenceBatch {
  contactId: string;
  items: UploadItem<File>[];
}

export interface EvidenceUpload {
  /** The batch on its way or with failures left; undefined once every file is up (or dismissed). */
  batch: EvidenceBatch | undefined;
  /** Uploads the files to the contact; resolves with the batch as it ended. */
  start: (contactId: string, files: readonly File[]) => Promise<UploadItem<File>[]>;
  /** Sends again the files of the batch that failed; resolves with the batch as it ended. */
  retry: () => Promise<UploadItem<File>[]>;
  dismiss: () => void;
}

/**
 * Evidence for one contact, sent file by file with its progress (see uploadInTurn); used by the
 * contact form for a new contact and by the history for an older one. `onUploaded` runs after each
 * pass, so the history shows what arrived even when some files failed.
 */
export function useEvidenceUpload(caseId: string, onUploaded: () => void): EvidenceUpload {
  const [batch, setBatch] = useState<EvidenceBatch | undefined>();

  const run = async (contactId: string, items: UploadItem<File>[]) => {
    // The file is the raw body; its name and contact travel in the query (the contract's evidenceQuery).
    const send = (file: File) =>
      expectOk(
        api.cases[':caseId'].evidence.$post(
          { param: { caseId }, query: { fileName: file.name, contactId } },
          {
            headers: { 'Content-Type': evidenceType(file) || 'application/octet-stream' },
            init: { body: file },
          },
        ),
      );
    const result = await uploadInTurn(items, send, (current) => setBatch({ contactId, items: current }));
    onUploaded();
    if (doneCount(result) === result.length) setBatch(undefined);
    return result;
  };

  return {
    batch,
    start: (contactId, files) => run(contactId, waitingItems(files)),
    retry: async () => (batch === undefined ? [] : run(batch.contactId, batch.items)),
    dismiss: () => setBatch(undefined),
  };
}
