// What Stryker runs against each mutant (`pnpm test:mutation`): this package's tests, without type tests.
import { forMutation } from '../../scripts/mutation/vitest-config.js';
import config from './vitest.config.js';

export default forMutation(config);
