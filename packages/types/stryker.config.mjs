// @ts-check
// `pnpm test:mutation types`, first run: how many small bugs planted in the generator's pure parts (the
// transforms of the spec and of the generated types, the run-time facts and the operation methods) the tests
// that call them in process catch. The command-line part is measured by stryker.cli.config.mjs.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default strykerConfig({
  mutate: ['scripts/schema-transforms.mjs', 'scripts/emit-api-facts.mjs', 'scripts/emit-operations.mjs'],
  vitestConfig: 'vitest.mutation.config.ts',
});
