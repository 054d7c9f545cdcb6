// @ts-check
// `pnpm test:mutation types`, second run: the generator's command line (bundling, writing atomically,
// `--check`, the errors it reports), which only runs in child processes.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default {
  ...strykerConfig({
    mutate: ['scripts/generate.mjs'],
    vitestConfig: 'vitest.mutation-cli.config.ts',
    // Stryker cannot see which code a child process covers: every mutant runs the generator's tests
    // (stopping at the first failure).
    coverageAnalysis: 'off',
    related: false,
    report: 'mutation-cli',
  }),
  // Each mutant runs every generate test (about half a minute): on a busy machine a few seconds of slack
  // would turn slow but surviving mutants into timeouts, which count as caught. A minute of slack keeps a
  // timeout meaning "the mutant hangs".
  timeoutMS: 60_000,
};
