// Settings every package's vitest config extends, so tests behave the same wherever they run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) run through the compiler: expectTypeOf and @ts-expect-error fail the run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // Servers in tests are real and bounded; nothing may hang a run.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // A machine-readable summary per package, which .ci/run adds up into one line of totals.
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
  },
});
