// @ts-check
// `pnpm test:mutation types`: how many small bugs planted in the generator (and its drift check) the
// generator's tests catch.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default strykerConfig({
  mutate: ['scripts/generate.mjs', 'scripts/emit-api-facts.mjs'],
  vitestConfig: 'vitest.mutation.config.ts',
  // The tests run the generator in child processes, where Stryker cannot see which code each test covers:
  // every mutant runs the generator's tests (stopping at the first failure).
  coverageAnalysis: 'off',
  related: false,
});
