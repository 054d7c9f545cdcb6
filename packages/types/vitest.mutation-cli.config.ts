// What Stryker runs against each mutant of the generator's command line (`pnpm test:mutation types`): the
// tests that run `node scripts/generate.mjs` in a child process, which learns the active mutant from the
// environment.
import { forMutation } from '../../scripts/mutation/vitest-config.js';
import config from './vitest.config.js';

export default forMutation(config, {
  include: ['test/generate.test.ts', 'test/generate-cli-edges.test.ts'],
  setupFiles: ['../../scripts/mutation/child-process-mutants.ts'],
});
