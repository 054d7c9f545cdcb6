import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: '@tmdb-kit/demo',
      // One build of the app for the whole run: the bundle, CLI and browser tests all use it.
      globalSetup: ['test/support/global-build.ts'],
    },
  }),
);
