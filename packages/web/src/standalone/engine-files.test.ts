import { describe, expect, it } from 'vitest';
import { totalOf } from './engine-files';

const sized = (length: string | null, encoding?: string) =>
  new Response('x', {
    headers: {
      ...(length === null ? {} : { 'content-length': length }),
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    },
  });

describe('the size of the engine download', () => {
  it('adds up the files’ lengths', () => {
    expect(totalOf([sized('8700000'), sized('1200000'), sized('5100000')])).toBe(15_000_000);
  });

  it('is unknown when one length is missing or counts compressed bytes', () => {
    expect(totalOf([sized('8700000'), sized(null)])).toBeNull();
    expect(totalOf([sized('2000000', 'gzip')])).toBeNull();
  });
});
