import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineProject({
    // The client imports run-time facts (status codes, session operations) from @tmdb-kit/types: tests use
    // its source, as typecheck does, so they never run against a stale build.
    resolve: {
      alias: [
        {
          find: /^@tmdb-kit\/types$/,
          replacement: fileURLToPath(new URL('../types/src/index.ts', import.meta.url)),
        },
        {
          find: /^@tmdb-kit\/types\/spec-walk$/,
          replacement: fileURLToPath(new URL('../types/src/spec-walk.ts', import.meta.url)),
        },
      ],
    },
    test: { name: '@tmdb-kit/client' },
  }),
);
