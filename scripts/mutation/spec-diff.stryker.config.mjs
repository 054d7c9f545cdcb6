// @ts-check
// `pnpm test:mutation spec-diff`: how many small bugs planted in scripts/spec-diff its tests (tests/spec-diff)
// catch. Kept here rather than beside spec-diff, which has no package of its own; Stryker runs in
// scripts/spec-diff, so the paths below are relative to it.
import { strykerConfig } from './stryker-config.mjs';

export default strykerConfig({
  mutate: ['src/**/*.ts'],
  vitestConfig: '../mutation/spec-diff.vitest.config.ts',
  vitestDir: '../../tests/spec-diff',
  // One test compiles spec-diff with tsc (`pnpm spec:diff`), which must accept the instrumented sources.
  disableTypeChecks: 'src/**/*.ts',
});
