import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Two clones, two installs and a full build: tens of seconds, so generous but finite limits.
export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'remote-cache',
      include: ['**/*.test.ts'],
      testTimeout: 240_000,
      hookTimeout: 120_000,
    },
  }),
);
