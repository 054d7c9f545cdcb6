// @ts-check
// `pnpm test:mutation mock`: how many small bugs planted in the mock's request handling its tests catch:
// the engine (pipeline, credentials, trouble), routing and request parsing, the handlers and the run-time
// state. The invented data set and the response projections are data, not handling.
import { strykerConfig } from '../../scripts/mutation/stryker-config.mjs';

export default {
  ...strykerConfig({
    mutate: [
      'src/engine/**/*.ts',
      'src/openapi/router.ts',
      'src/openapi/request-parser.ts',
      'src/handlers/**/*.ts',
      'src/state/**/*.ts',
    ],
    vitestConfig: 'vitest.mutation.config.ts',
  }),
  // Module-level tables (routes, handler maps) are evaluated once per test run: each of their ~160 mutants
  // would need the whole suite in a fresh process, hours in all. They are left out of the score.
  ignoreStatic: true,
};
