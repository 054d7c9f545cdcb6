import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineProject({
    // The tool imports the shared walker from @tmdb-kit/types; tests read its source, no build needed.
    resolve: {
      alias: {
        '@tmdb-kit/types/spec-walk': fileURLToPath(
          new URL('../../packages/types/src/spec-walk.ts', import.meta.url),
        ),
      },
    },
    test: {
      name: 'spec-diff',
      include: ['**/*.test.ts'],
    },
  }),
);
