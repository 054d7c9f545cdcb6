// Runs every package's tests from the root (`pnpm vitest`); each package also runs its own via turbo.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
