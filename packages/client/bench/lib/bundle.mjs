// Shared by the benchmarks: bundles the client from its TypeScript sources with esbuild, so a benchmark
// measures exactly the code in src/ without a separate build step.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `contents` (an ES module importing from `./src/index.ts`) and returns the output text.
 * `browser` also checks that nothing in the bundle needs Node built-ins.
 */
export async function bundle(contents, { minify = false, platform = 'neutral', external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify,
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
