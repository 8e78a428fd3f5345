/** Where one file of an upload batch stands. */
export type UploadState =
  | { status: 'waiting' }
  | { status: 'uploading' }
  | { status: 'done' }
  | { status: 'failed'; message: string };

export interface UploadItem<F> {
  file: F;
  state: UploadState;
}

/** What the file pickers offer: recordings and screenshots (the server checks again and says why it refuses). */
export const EVIDENCE_ACCEPT = 'audio/*,image/*,application/pdf,text/plain,.amr,.m4a,.heic';

/**
 * Types browsers often leave empty for what phones record or shoot: Android call recorders write
 * .amr/.m4a/.aac, iPhones take .heic. The server accepts evidence by its media type only.
 */
const TYPE_BY_EXTENSION: Record<string, string> = {
  amr: 'audio/amr',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  heic: 'image/heic',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

/** The media type to send a file with: the browser's, else the one its extension implies, else none. */
export function evidenceType(file: { name: string; type: string }): string {
  if (file.type !== '') return file.type;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? '';
}

export function waitingItems<F>(files: readonly F[]): UploadItem<F>[] {
  return files.map((file) => ({ file, state: { status: 'waiting' } }));
}

/**
 * Uploads every file not yet done, one after another (a phone's upload link is narrow, and the
 * progress reads file by file), reporting each change. A failure is kept with its message and does
 * not stop the others; running it again retries only what is not done.
 */
export async function uploadInTurn<F>(
  items: readonly UploadItem<F>[],
  upload: (file: F) => Promise<unknown>,
  report: (items: UploadItem<F>[]) => void,
): Promise<UploadItem<F>[]> {
  let current = [...items];
  const set = (index: number, state: UploadState) => {
    current = current.map((item, at) => (at === index ? { ...item, state } : item));
    report(current);
  };
  for (const [index, item] of items.entries()) {
    if (item.state.status === 'done') continue;
    set(index, { status: 'uploading' });
    try {
      await upload(item.file);
      set(index, { status: 'done' });
    } catch (error) {
      set(index, { status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return current;
}

/** Whether a file of the batch is on its way (retry and dismiss wait for the batch to stop). */
export function isUploading<F>(items: readonly UploadItem<F>[]): boolean {
  return items.some((item) => item.state.status === 'uploading');
}

/** How many of the batch are done, for the progress bar. */
export function doneCount<F>(items: readonly UploadItem<F>[]): number {
  return items.filter((item) => item.state.status === 'done').length;
}
