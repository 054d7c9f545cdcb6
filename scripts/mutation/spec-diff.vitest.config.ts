// What Stryker runs against each mutant of spec-diff: its tests, without type tests; the one test that runs
// the CLI through `pnpm spec:diff` (a child process) learns the active mutant from the environment.
import specDiff from '../../tests/spec-diff/vitest.config.js';
import { forMutation } from './vitest-config.js';

export default forMutation(specDiff, {
  setupFiles: [new URL('./child-process-mutants.ts', import.meta.url).pathname],
});
