// What Stryker runs against each mutant of the generator's pure parts (`pnpm test:mutation types`): the tests
// that import them.
import { forMutation } from '../../scripts/mutation/vitest-config.js';
import config from './vitest.config.js';

export default forMutation(config, {
  include: [
    'test/schema-transforms.test.ts',
    'test/api-facts.test.ts',
    'test/api-facts-edges.test.ts',
    'test/emit-operations*.test.ts',
  ],
});
