// Regenerates the golden reports examples/expected/<name>.report.json from examples/<name>.json.
// Run deliberately, after a change to the analysis that is meant to change the reports:
//   npm run build && node scripts/update-example-reports.mjs
// then review `git diff examples/expected` line by line before committing.
//
// Uses the built core (packages/core/dist) with the built-in LPR table only, so the output does not
// depend on the user's own LPR file (~/.config/shangan/lpr.json) the way `shangan analyze` does.
// The output is byte-for-byte what `npx shangan analyze examples/<name>.json --json` prints when no
// user LPR file exists. test/examples.test.ts compares against it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const coreEntry = new URL('../packages/core/dist/index.js', import.meta.url);
if (!existsSync(coreEntry)) {
  console.error('packages/core/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const { analyzeCaseFile, caseReportJson, createLprTable } = await import(coreEntry.href);

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const expectedDir = fileURLToPath(new URL('../examples/expected/', import.meta.url));
mkdirSync(expectedDir, { recursive: true });

const names = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
let failed = false;
for (const file of names) {
  const text = readFileSync(`${examplesDir}${file}`, 'utf8');
  const result = analyzeCaseFile({ text, lpr: createLprTable() });
  if (!result.ok) {
    failed = true;
    console.error(`${file}: invalid case file`);
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
    continue;
  }
  const report = caseReportJson(result.value.analysis, 'zh');
  const target = `${expectedDir}${file.replace(/\.json$/, '.report.json')}`;
  writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  console.log(`wrote ${target}`);
}
process.exitCode = failed ? 1 : 0;
