// @ts-check
// `pnpm test:mutation mock`: how many small bugs planted in the mock's request handling its tests catch.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default strykerConfig({
  mutate: ['src/engine/**/*.ts', 'src/handlers/**/*.ts', 'src/state/**/*.ts'],
  vitestConfig: 'vitest.mutation.config.ts',
});
