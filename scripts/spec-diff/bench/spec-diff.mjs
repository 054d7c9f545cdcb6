// @ts-check
// Benchmark of `pnpm spec:diff` on our whole spec: the diff's own work (collect operations, compare,
// format) beside the baseline every run pays anyway, parsing the two JSON documents.
//
//   node scripts/spec-diff/bench/spec-diff.mjs [--upstream path/to/tmdb-openapi.json] [--runs 30]
//
// Without --upstream, "upstream" is our spec with a few operations and parameters changed, so the
// report has something to say.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { upstream: { type: 'string' }, runs: { type: 'string', default: '30' } },
  strict: false,
});
const runs = Number(values.runs);

// The tool is TypeScript; benchmark what `pnpm spec:diff` runs, the compiled output (it imports the
// shared walker from @tmdb-kit/types' build).
for (const project of ['packages/types/tsconfig.build.json', 'scripts/spec-diff/tsconfig.json']) {
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, project)],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) process.exit(1);
}
const { collectOperations } = await import('../dist/operations.js');
const { diffOperations, countDifferences } = await import('../dist/diff.js');
const { formatAgainstOursReport } = await import('../dist/report.js');

const oursFile = join(root, 'packages/types/openapi.json');
if (!existsSync(oursFile)) {
  console.error(`${oursFile} is missing: run \`pnpm generate\` first`);
  process.exit(1);
}
const oursText = readFileSync(oursFile, 'utf8');
const theirsText =
  typeof values.upstream === 'string' ? readFileSync(values.upstream, 'utf8') : perturbed(oursText);

/** Our spec with every 10th operation dropped and every 7th query parameter made required. */
function perturbed(text) {
  const document = JSON.parse(text);
  let operationIndex = 0;
  let parameterIndex = 0;
  for (const [path, item] of Object.entries(document.paths)) {
    operationIndex += 1;
    if (operationIndex % 10 === 0) delete document.paths[path];
    for (const operation of Object.values(item)) {
      for (const parameter of operation?.parameters ?? []) {
        parameterIndex += 1;
        if (parameterIndex % 7 === 0 && parameter.in === 'query') parameter.required = true;
      }
    }
  }
  return JSON.stringify(document);
}

/** Median wall time of `task` in ms over `runs` runs, after a few unmeasured ones. */
function median(task) {
  for (let warmup = 0; warmup < 5; warmup += 1) task();
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const start = process.hrtime.bigint();
    task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

let differences = 0;
const baseline = median(() => {
  JSON.parse(oursText);
  JSON.parse(theirsText);
});
const full = median(() => {
  const diff = diffOperations(
    collectOperations(JSON.parse(oursText)),
    collectOperations(JSON.parse(theirsText)),
  );
  formatAgainstOursReport(diff, 0);
  differences = countDifferences(diff);
});

const operations = collectOperations(JSON.parse(oursText)).size;
console.log(`spec:diff, ${operations} operations, ${differences} differences, median of ${runs} runs`);
console.log(
  `  baseline   parse both documents                  ${baseline.toFixed(2).padStart(8)} ms   1.00x`,
);
console.log(
  `  spec:diff  parse + collect + compare + report    ${full.toFixed(2).padStart(8)} ms   ${(full / baseline).toFixed(2)}x`,
);
