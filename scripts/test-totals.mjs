// Adds up every vitest JSON report written during a run (each package writes
// .test-results/vitest.json) and prints CI's closing line: "N passed, N failed".
// Exits non-zero if any test failed or if no report was found (a run that ran nothing is a failure).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const skip = new Set(['node_modules', '.git', '.turbo', 'dist']);

function* findReports(dir) {
  for (const entry of readdirSync(dir)) {
    if (skip.has(entry)) continue;
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) continue;
    const report = join(path, '.test-results', 'vitest.json');
    if (existsSync(report)) yield report;
    yield* findReports(path);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const rootReport = join(root, '.test-results', 'vitest.json');
const reports = [...new Set([...(existsSync(rootReport) ? [rootReport] : []), ...findReports(root)])];
// --quiet prints only the closing line (CI reads the last line of its log).
const quiet = process.argv.includes('--quiet');
for (const report of reports) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests ?? 0;
  // A suite that crashed before its tests ran counts as a failure too.
  failed += (summary.numFailedTests ?? 0) + (summary.numFailedTestSuites ?? 0);
  skipped += (summary.numPendingTests ?? 0) + (summary.numTodoTests ?? 0);
  if (!quiet) {
    console.log(
      `  ${relative(root, report)}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`,
    );
  }
}
if (reports.length === 0) {
  if (!quiet) console.log('no test reports found');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
