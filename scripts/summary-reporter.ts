import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "vitest: N passed, N failed, N skipped", after the default
 * reporter's summary, so that CI (which reads a runner's closing line) can count the tests. Before
 * it, one line per database the repository and HTTP suites ran on ("… on pglite", "… on postgres"),
 * so the output shows which engines were tested.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const byDatabase = new Map<string, number>();
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        const database = / on (pglite|postgres)\b/.exec(testCase.fullName)?.[1];
        if (database && state === 'passed') byDatabase.set(database, (byDatabase.get(database) ?? 0) + 1);
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A module that failed outside its tests (an import or a beforeAll hook) counts as a failure
      // even when its tests were never run and so show as skipped.
      const tests = [...testModule.children.allTests()];
      if (testModule.state() === 'failed' && !tests.some((test) => test.result().state === 'failed'))
        failed++;
    }
    for (const [database, count] of byDatabase) {
      process.stdout.write(`\ndatabase suites on ${database}: ${count} passed`);
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
