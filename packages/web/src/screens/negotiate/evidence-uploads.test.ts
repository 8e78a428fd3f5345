import { describe, expect, it } from 'vitest';
import { api, hrefOf } from '../../api/client';
import {
  doneCount,
  evidenceType,
  isUploading,
  type UploadItem,
  uploadInTurn,
  waitingItems,
} from './evidence-uploads';

describe('uploadInTurn', () => {
  it('uploads in order, keeps failures with their message, and reports every step', async () => {
    const seen: string[] = [];
    const reports: string[][] = [];
    const result = await uploadInTurn(
      waitingItems(['a.mp3', 'big.mp3', 'c.png']),
      async (file) => {
        seen.push(file);
        if (file === 'big.mp3') throw new Error('请求体过大，上限 20480 KB (body too large)');
      },
      (items) => reports.push(items.map((item) => item.state.status)),
    );
    expect(seen).toEqual(['a.mp3', 'big.mp3', 'c.png']);
    expect(result.map((item) => item.state)).toEqual([
      { status: 'done' },
      { status: 'failed', message: '请求体过大，上限 20480 KB (body too large)' },
      { status: 'done' },
    ]);
    expect(reports[0]).toEqual(['uploading', 'waiting', 'waiting']);
    expect(reports).toHaveLength(6);
    expect(doneCount(result)).toBe(2);
  });

  it('retries only what is not done', async () => {
    const items: UploadItem<string>[] = [
      { file: 'a', state: { status: 'done' } },
      { file: 'b', state: { status: 'failed', message: 'x' } },
    ];
    const seen: string[] = [];
    const result = await uploadInTurn(
      items,
      async (file) => seen.push(file),
      () => {},
    );
    expect(seen).toEqual(['b']);
    expect(doneCount(result)).toBe(2);
  });
});

describe('isUploading', () => {
  it('is true while a file of the batch is on its way', () => {
    expect(isUploading(waitingItems(['a']))).toBe(false);
    expect(isUploading([{ file: 'a', state: { status: 'uploading' } }])).toBe(true);
    expect(
      isUploading([
        { file: 'a', state: { status: 'done' } },
        { file: 'b', state: { status: 'failed', message: 'x' } },
      ]),
    ).toBe(false);
  });
});

describe('the upload address', () => {
  it('names the file and the contact in the query, encoded', () => {
    const url = api.cases[':caseId'].evidence.$url({
      param: { caseId: 'c1' },
      query: { fileName: '通话 录音&1.m4a', contactId: 'k-9' },
    });
    expect(hrefOf(url)).toBe(
      '/api/cases/c1/evidence?fileName=%E9%80%9A%E8%AF%9D+%E5%BD%95%E9%9F%B3%261.m4a&contactId=k-9',
    );
    expect(url.searchParams.get('fileName')).toBe('通话 录音&1.m4a');
  });
});

describe('evidenceType', () => {
  it('keeps the browser type, else reads the extension', () => {
    expect(evidenceType({ name: 'call.amr', type: 'audio/x-amr' })).toBe('audio/x-amr');
    expect(evidenceType({ name: '通话录音.AMR', type: '' })).toBe('audio/amr');
    expect(evidenceType({ name: 'IMG_0001.heic', type: '' })).toBe('image/heic');
    expect(evidenceType({ name: 'notes', type: '' })).toBe('');
  });
});
