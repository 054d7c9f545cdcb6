// What Stryker runs against each mutant (`pnpm test:mutation client`): this package's tests, without type
// tests, and without the bundle-size budget, which Stryker's instrumented (much larger) code cannot meet.
import { configDefaults } from 'vitest/config';
import { forMutation } from '../../scripts/mutation/vitest-config.js';
import config from './vitest.config.js';

export default forMutation(config, { exclude: [...configDefaults.exclude, 'test/bundle.test.ts'] });
