// @ts-check
// `pnpm test:mutation client`: how many small bugs planted in the client its tests catch.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default strykerConfig({ mutate: ['src/**/*.ts'], vitestConfig: 'vitest.mutation.config.ts' });
