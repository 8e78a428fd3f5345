import { type BackupJob, runBackupJob } from './backup-jobs';

/**
 * The Web Worker that encrypts and decrypts (backup-worker-client.ts starts one per job): scrypt
 * takes a second or more and would freeze the page, and the crypto code loads only here, never
 * with the app's first page. The job's answer, or the bug's message, is posted back once.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupJob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  runBackupJob(event.data).then(
    (result) => {
      const bytes = result.ok && result.value instanceof Uint8Array ? [result.value.buffer] : [];
      scope.postMessage({ result }, bytes);
    },
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
