import {
  type BackupLock,
  decryptBackup,
  decryptWithIdentity,
  encryptBackup,
  encryptToRecipient,
  type HelperIdentity,
  inspectBackup,
} from './age-file';
import type { BackupResult } from './backup-result';
import { createHelperKeyPair, type HelperKeyPair } from './helper-identity';

/** The work the backup worker does, one job per worker (backup-worker.ts). */
export type BackupJob =
  | { op: 'encrypt-backup'; bytes: Uint8Array; passphrase: string }
  | { op: 'decrypt-backup'; bytes: Uint8Array; passphrase: string }
  | { op: 'encrypt-to-recipient'; bytes: Uint8Array; recipient: string }
  | { op: 'decrypt-with-identity'; bytes: Uint8Array; identity: HelperIdentity }
  | { op: 'inspect'; bytes: Uint8Array }
  | { op: 'create-key-pair' };

/** What each job answers. */
export interface BackupJobResults {
  'encrypt-backup': BackupResult<Uint8Array>;
  'decrypt-backup': BackupResult<Uint8Array>;
  'encrypt-to-recipient': BackupResult<Uint8Array>;
  'decrypt-with-identity': BackupResult<Uint8Array>;
  inspect: BackupResult<BackupLock>;
  'create-key-pair': BackupResult<HelperKeyPair>;
}

/** Runs one job; the worker posts the answer back. */
export async function runBackupJob<J extends BackupJob>(job: J): Promise<BackupJobResults[J['op']]> {
  const answer = await (async (): Promise<BackupJobResults[BackupJob['op']]> => {
    switch (job.op) {
      case 'encrypt-backup':
        return { ok: true, value: await encryptBackup(job.bytes, job.passphrase) };
      case 'decrypt-backup':
        return decryptBackup(job.bytes, job.passphrase);
      case 'encrypt-to-recipient':
        return encryptToRecipient(job.bytes, job.recipient);
      case 'decrypt-with-identity':
        return decryptWithIdentity(job.bytes, job.identity);
      case 'inspect':
        return inspectBackup(job.bytes);
      case 'create-key-pair':
        return { ok: true, value: await createHelperKeyPair() };
    }
  })();
  return answer as BackupJobResults[J['op']];
}
