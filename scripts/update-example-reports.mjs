// Regenerates the goldens under examples/expected/ from examples/<name>.json:
//   <name>.report.json                  the analysis: `npx shangan analyze examples/<name>.json --json`
//   <name>.plan.json                    the plan: `npx shangan plan examples/<name>.json --json`
//   letters/<name>/<debtId>-<kind>.md   every document for every debt:
//                                       `npx shangan letter examples/<name>.json --debt ID --kind KIND`
// Run deliberately, after a change to the analysis, the plan or the templates that is meant to change
// them:
//   npm run build && node scripts/update-example-reports.mjs
//   npm run build && node scripts/update-example-reports.mjs --letters   (the letters only)
// then review `git diff examples/expected` line by line before committing.
//
// Uses the built core (packages/core/dist) with the built-in LPR table only, so the output does not
// depend on the user's own LPR file (~/.config/shangan/lpr.json) the way the CLI does. The output is
// byte-for-byte what those commands print when no user LPR file exists (letters: default strategy,
// phone and ID numbers in full, only the kinds that fit each debt — documentKindsFor). test/examples.test.ts and test/example-plans.test.ts compare
// against it. Letter files that are no longer produced (a debt or a kind removed) are deleted.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const coreEntry = new URL('../packages/core/dist/index.js', import.meta.url);
if (!existsSync(coreEntry)) {
  console.error('packages/core/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const {
  caseReportJson,
  createLprTable,
  documentKindsFor,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  renderDocumentMarkdown,
} = await import(coreEntry.href);

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const expectedDir = fileURLToPath(new URL('../examples/expected/', import.meta.url));
const lettersDir = `${expectedDir}letters/`;
mkdirSync(lettersDir, { recursive: true });

/** What the CLI prints: the text, with a final newline added if it has none. */
const printed = (text) => (text.endsWith('\n') ? text : `${text}\n`);
const lettersOnly = process.argv.includes('--letters');

const names = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
let failed = false;
/** Every letter file written, relative to lettersDir, so that the rest can be deleted. */
const written = new Set();
for (const file of names) {
  const name = file.replace(/\.json$/, '');
  const text = readFileSync(`${examplesDir}${file}`, 'utf8');
  // planCaseFile analyses the file exactly as analyzeCaseFile does, then plans it.
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  const result = planCaseFile({ caseFile: parsed.value, lpr: createLprTable() });
  if (!result.ok) {
    failed = true;
    console.error(`${file}: invalid case file`);
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
    continue;
  }
  const { caseFile, analysis, plan } = result.value;
  if (!lettersOnly) {
    const report = caseReportJson(analysis, 'zh');
    const target = `${expectedDir}${name}.report.json`;
    writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    console.log(`wrote ${target}`);

    const planTarget = `${expectedDir}${name}.plan.json`;
    const planReport = planReportJson(plan, analysis, caseFile, 'zh');
    writeFileSync(planTarget, `${JSON.stringify(planReport, null, 2)}\n`, 'utf8');
    console.log(`wrote ${planTarget}`);
  }

  mkdirSync(`${lettersDir}${name}`, { recursive: true });
  let count = 0;
  for (const [index, debt] of caseFile.debts.entries()) {
    for (const kind of documentKindsFor(analysis.debts[index])) {
      count += 1;
      const relative = `${name}/${debt.id}-${kind}.md`;
      const markdown = renderDocumentMarkdown({ caseFile, analysis, plan, debtId: debt.id }, kind);
      writeFileSync(`${lettersDir}${relative}`, printed(markdown), 'utf8');
      written.add(relative);
    }
  }
  console.log(`wrote ${count} letters to ${lettersDir}${name}/`);
}

// Stale letters: files of examples, debts or kinds that no longer exist. Only when every example
// was read, so that one invalid file does not wipe its letters.
if (!failed) {
  for (const entry of readdirSync(lettersDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = `${entry.parentPath}/${entry.name}`;
    const relative = path.slice(lettersDir.length).replace(/^\/+/, '');
    if (!written.has(relative)) {
      rmSync(path);
      console.log(`deleted ${path}`);
    }
  }
  for (const entry of readdirSync(lettersDir, { withFileTypes: true })) {
    const path = `${lettersDir}${entry.name}`;
    if (entry.isDirectory() && readdirSync(path).length === 0) {
      rmSync(path, { recursive: true });
      console.log(`deleted ${path}/`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
