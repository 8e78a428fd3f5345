import { validateCaseFile } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE, SAMPLE_FIRST_DEBT } from './sample-case';

describe('the sample case', () => {
  it('is a valid case file with its own analysis date and a first debt to review', () => {
    expect(validateCaseFile(SAMPLE_CASE).ok).toBe(true);
    expect(SAMPLE_CASE.asOf).toBe('2026-11-20');
    expect(SAMPLE_FIRST_DEBT).toBe('bank-10k');
    expect(SAMPLE_CASE.person && SAMPLE_CASE.circumstances).toBeTruthy();
  });
});
