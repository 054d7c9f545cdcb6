// A package's vitest config as Stryker runs it for every mutant: type tests off (mutants change behaviour,
// not types, and `tsc` per run would multiply the time), no JSON report over the package's last real run.
import type { ViteUserConfig } from 'vitest/config';

export function forMutation(
  config: ViteUserConfig,
  test: NonNullable<ViteUserConfig['test']> = {},
): ViteUserConfig {
  return {
    ...config,
    test: {
      ...config.test,
      typecheck: { ...config.test?.typecheck, enabled: false },
      reporters: ['default'],
      // Mutants are switched through a global, so modules need no reloading between test files: one module
      // graph for the whole run saves seconds per mutant.
      isolate: false,
      ...test,
    },
  };
}
