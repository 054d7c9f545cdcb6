// `pnpm test`: everything CI checks, in an order where no step can hide another's failure.
//   1. the drift check, before anything regenerates the types (a check after regeneration cannot fail);
//   2. lint, spec lint, typecheck and every package's tests through turbo (cached, in parallel);
//   3. the published-package checks and the repo-level end-to-end suites under tests/;
//   4. one closing line with the totals of every test run: "N passed, N failed".
// Every step runs even if an earlier one failed, so one run reports everything; the exit code is
// non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const rootScripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};

function removeOldReports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.name === '.test-results') rmSync(path, { recursive: true, force: true });
    else removeOldReports(path);
  }
}

const endToEndSuites = existsSync(join(root, 'tests'))
  ? readdirSync(join(root, 'tests')).filter((name) =>
      existsSync(join(root, 'tests', name, 'vitest.config.ts')),
    )
  : [];

const steps = [
  ['drift check of generated types', ['check:generated']],
  [
    'lint, typecheck and package tests',
    ['exec', 'turbo', 'run', 'lint', 'lint:spec', 'typecheck', 'test', '--continue'],
  ],
  ...(rootScripts['check:packages'] ? [['published package checks', ['check:packages']]] : []),
  ...endToEndSuites.map((suite) => [
    `end-to-end: ${suite}`,
    ['exec', 'vitest', 'run', '--root', `tests/${suite}`],
  ]),
];

removeOldReports(root);
const failures = [];
// The browser tests need Chromium; install it up front so a fresh machine needs only Node and npm.
const chromium = spawnSync('bash', [join(root, 'scripts/ensure-chromium.sh')], {
  cwd: root,
  encoding: 'utf8',
});
if (chromium.status === 0) process.env.CHROMIUM_PATH = chromium.stdout.trim().split('\n').at(-1);
else failures.push('installing Chromium');
for (const [name, args] of steps) {
  console.log(`\n▶ ${name}: pnpm ${args.join(' ')}`);
  const result = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failures.push(name);
}
if (failures.length > 0) console.log(`\nfailed steps: ${failures.join('; ')}`);
const totals = spawnSync(process.execPath, [join(root, 'scripts/test-totals.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
process.exitCode = failures.length > 0 || totals.status !== 0 ? 1 : 0;
