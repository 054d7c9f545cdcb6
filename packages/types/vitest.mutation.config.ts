// What Stryker runs against each mutant of the generator (`pnpm test:mutation types`): the tests that run
// it (in a child process, which learns the active mutant from the environment) and those of its run-time
// facts emitter.
import { forMutation } from '../../scripts/mutation/vitest-config.js';
import config from './vitest.config.js';

export default forMutation(config, {
  include: ['test/generate.test.ts', 'test/api-facts.test.ts'],
  setupFiles: ['../../scripts/mutation/child-process-mutants.ts'],
});
