// @ts-check
// The Stryker settings every mutation run shares; each target (a package, spec-diff) adds what it mutates.
// Run through `pnpm test:mutation [target]` (scripts/mutation/run.mjs), never in `pnpm test` or CI: a full
// run takes far longer than the rest of the suite.

/**
 * @param {{ mutate: string[]; vitestConfig: string; vitestDir?: string; coverageAnalysis?: 'perTest' | 'off'; related?: boolean; disableTypeChecks?: string | false; report?: string }} target
 *   `report`: the name of this run's reports under reports/mutation/ (a target measured in several runs
 *   gives each its own)
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig({
  mutate,
  vitestConfig,
  vitestDir,
  coverageAnalysis = 'perTest',
  related = true,
  disableTypeChecks = false,
  report = 'mutation',
}) {
  return {
    mutate,
    testRunner: 'vitest',
    // Listed by name: pnpm's strict node_modules hides the plugin from Stryker's own plugin search.
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: vitestConfig, ...(vitestDir ? { dir: vitestDir } : {}), related },
    // The packages' vitest configs import the repo's shared one (../../vitest.shared.ts), which a sandbox
    // copy of one package would not have: mutants are switched in the working tree and restored after.
    inPlace: true,
    // Stryker rewrites a tsconfig through TypeScript's JavaScript API, which TypeScript 7 (native tsc) does
    // not have: pointing it at no file turns the rewriting off. Type errors are the typecheck's job.
    tsconfigFile: 'stryker-reads-no-tsconfig.json',
    coverageAnalysis,
    // Stryker would add `// @ts-nocheck` to every source and test file, in place: nothing here type-checks
    // the instrumented code (vitest strips types), so leave the files that are not mutated untouched.
    disableTypeChecks,
    // The machine is shared (2 cores); one test runner at a time keeps timings, and so timeouts, honest.
    concurrency: 1,
    // Tests talk to real servers and wait on real timers: allow for a loaded machine before a mutant that
    // slows a test down is counted as a timeout (which Stryker counts as detected).
    timeoutMS: 10_000,
    reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
    clearTextReporter: { allowColor: false, reportMutants: true, reportTests: false, reportScoreTable: true },
    jsonReporter: { fileName: `reports/mutation/${report}.json` },
    htmlReporter: { fileName: `reports/mutation/${report === 'mutation' ? 'index' : report}.html` },
    incrementalFile: `reports/mutation/${report}.incremental.json`,
    // Scores are judged per target by run.mjs against the goals in the README, after every target ran.
    thresholds: { high: 90, low: 80, break: null },
    cleanTempDir: 'always',
  };
}
