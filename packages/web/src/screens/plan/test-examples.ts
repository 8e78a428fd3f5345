import type { CaseFileInput, PlanReportJson } from '@shangan/core';

/**
 * The repository's example case files and their expected plans (what `shangan plan --json` and the
 * API print for them), for the plan screen's tests.
 */
const cases = import.meta.glob<CaseFileInput>('../../../../../examples/*.json', {
  eager: true,
  import: 'default',
});
const plans = import.meta.glob<PlanReportJson>('../../../../../examples/expected/*.plan.json', {
  eager: true,
  import: 'default',
});

const nameOf = (path: string) => (path.split('/').pop() ?? path).replace(/(\.plan)?\.json$/, '');

export const EXAMPLE_CASES: [string, CaseFileInput][] = Object.entries(cases).map(([path, file]) => [
  nameOf(path),
  file,
]);

export function expectedPlan(name: string): PlanReportJson {
  const found = Object.entries(plans).find(([path]) => nameOf(path) === name);
  if (found === undefined) throw new Error(`no expected plan for ${name}`);
  return found[1];
}
