import type { CaseFileInput } from '@shangan/core';
import sample from '../../../../../examples/five-loans-80k.json';

/**
 * The sample case: examples/five-loans-80k.json as it is (its own asOf, person, budget and
 * circumstances), so the sample's figures are the documented ones. sample-case.test.ts checks it
 * against the core's schema.
 */
export const SAMPLE_CASE: CaseFileInput = sample as CaseFileInput;

/** The sample's first debt: "先看示例案件" opens its review. */
export const SAMPLE_FIRST_DEBT: string = SAMPLE_CASE.debts[0]?.id ?? '';
