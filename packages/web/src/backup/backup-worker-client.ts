import type { BackupJob, BackupJobResults } from './backup-jobs';

type WorkerAnswer<T> = { result: T } | { error: string };

/**
 * Runs one backup job in a fresh Web Worker and ends the worker with the answer, so that no
 * passphrase or decrypted case stays in its memory. Expected failures come back as values (a
 * wrong passphrase); a bug, or a worker that could not start, rejects.
 */
export function runInWorker<J extends BackupJob>(job: J): Promise<BackupJobResults[J['op']]> {
  const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer<BackupJobResults[J['op']]>>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.result);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker could not start'));
    };
    worker.postMessage(job);
  });
}
