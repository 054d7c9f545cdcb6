import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'chain',
      include: ['*.test.ts'],
      // Each test installs and typechecks a whole copy of the repo.
      testTimeout: 240_000,
      hookTimeout: 240_000,
      typecheck: { enabled: false },
    },
  }),
);
