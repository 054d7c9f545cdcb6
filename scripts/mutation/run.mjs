// `pnpm test:mutation [target...] [-- stryker options]`: mutation testing with Stryker, one target at a time,
// then the score of every mutated file and of each target against its goal. Targets: client, mock (request
// handling: engine, handlers, state), types (the generator), spec-diff; all of them when none is named.
// Options after `--` go to Stryker, e.g. `pnpm test:mutation client -- --incremental --mutate src/cache.ts`.
// Not part of `pnpm test` or CI: it runs weekly and on demand (.github/workflows/mutation.yml).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * Where Stryker runs for each target, its runs (config relative to there, and the report it writes), and the
 * least score the target must keep (see the README). The generator takes two runs: its pure parts are
 * measured per test, its command line (child processes only) against all of its tests.
 */
const targets = {
  client: { dir: 'packages/client', runs: [{ config: 'stryker.config.mjs' }], goal: 85 },
  mock: { dir: 'packages/mock', runs: [{ config: 'stryker.config.mjs' }], goal: 85 },
  types: {
    dir: 'packages/types',
    runs: [{ config: 'stryker.config.mjs' }, { config: 'stryker.cli.config.mjs', report: 'mutation-cli' }],
    goal: 80,
  },
  'spec-diff': {
    dir: 'scripts/spec-diff',
    runs: [{ config: '../mutation/spec-diff.stryker.config.mjs' }],
    goal: 80,
  },
};

const separator = process.argv.indexOf('--');
const names = (separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator)).filter(Boolean);
const strykerArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const unknown = names.filter((name) => !(name in targets));
if (unknown.length > 0) {
  console.error(`unknown target ${unknown.join(', ')}: expected any of ${Object.keys(targets).join(', ')}`);
  process.exit(2);
}
const chosen = names.length > 0 ? names : Object.keys(targets);
const strykerPackage = createRequire(join(root, 'package.json')).resolve(
  '@stryker-mutator/core/package.json',
);
const stryker = join(dirname(strykerPackage), 'bin/stryker.js');

/** Stryker's statuses that count as a caught mutant, and those that count as a missed one. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Per file: caught, missed (survived + not covered by any test), and the score in percent. */
function scores(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (statuses) => mutants.filter((mutant) => statuses.has(mutant.status)).length;
    const detected = count(DETECTED);
    const survived = count(new Set(['Survived']));
    const noCoverage = count(new Set(['NoCoverage']));
    const valid = detected + count(UNDETECTED);
    return { file, detected, survived, noCoverage, valid, score: valid ? (100 * detected) / valid : 100 };
  });
}

const pad = (text, width) => String(text).padEnd(width);
const percent = (score) => `${score.toFixed(1)}%`;
const summary = [];
let failed = false;

// The tests import the packages they depend on as built (`@tmdb-kit/types`): a fresh clone has no dist/.
// Turbo's cache makes this instant when nothing changed.
console.log('▶ building the packages the tests import');
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('the build failed: fix it before mutation testing');
  process.exit(1);
}

for (const name of chosen) {
  const { dir, runs, goal } = targets[name];
  const cwd = join(root, dir);
  const files = [];
  let complete = true;
  for (const { config, report = 'mutation' } of runs) {
    const reportFile = join(cwd, `reports/mutation/${report}.json`);
    rmSync(reportFile, { force: true });
    console.log(`\n▶ mutation testing: ${name} (${dir}, ${config}), goal ${goal}%`);
    const run = spawnSync(process.execPath, [stryker, 'run', config, ...strykerArgs], {
      cwd,
      stdio: 'inherit',
    });
    if (run.status !== 0 || !existsSync(reportFile)) {
      console.error(`Stryker failed for ${name} (${config}, exit ${run.status}); see its output above.`);
      complete = false;
      break;
    }
    files.push(...scores(JSON.parse(readFileSync(reportFile, 'utf8'))));
  }
  if (!complete) {
    summary.push(`${pad(name, 10)} no score (Stryker failed)`);
    failed = true;
    continue;
  }
  const total = files.reduce(
    (sum, file) => ({ detected: sum.detected + file.detected, valid: sum.valid + file.valid }),
    { detected: 0, valid: 0 },
  );
  const score = total.valid ? (100 * total.detected) / total.valid : 100;
  console.log(`\nscore per file (${name}): caught / mutants, survived, not covered`);
  for (const file of files.sort((a, b) => a.score - b.score)) {
    console.log(
      `  ${pad(percent(file.score), 7)} ${pad(`${file.detected}/${file.valid}`, 9)} ${pad(file.survived, 4)} ${pad(file.noCoverage, 4)} ${relative(root, join(cwd, file.file))}`,
    );
  }
  const met = score >= goal;
  failed ||= !met;
  summary.push(
    `${pad(name, 10)} ${pad(percent(score), 7)} (${total.detected}/${total.valid} mutants caught; goal ${goal}%${met ? '' : ', NOT MET'})`,
  );
}

console.log(`\nmutation scores:\n${summary.map((line) => `  ${line}`).join('\n')}`);
process.exitCode = failed ? 1 : 0;
