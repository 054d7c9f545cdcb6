import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The release rehearsal clones, builds, publishes and installs: minutes, not seconds, and one file at a time.
export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'release',
      include: ['**/*.test.ts'],
      exclude: ['fixtures/**', '**/node_modules/**'],
      testTimeout: 180_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  }),
);
