// The browser bundle stays small and free of Node built-ins: the budget the benchmark reports, enforced
// wherever the tests run (CI included).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;

async function browserBundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('browser bundle', () => {
  // Every operation method (tmdb.movies.details, ...) comes with createTmdbClient: its table is ~1.6 kB.
  it('keeps createTmdbClient with its operation methods, openapi-fetch included, within 9 kB gzip', async () => {
    const code = await browserBundle(`export { createTmdbClient } from './src/index.ts';`);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(9000);
  });

  it('needs no Node built-in anywhere in the package', async () => {
    const code = await browserBundle(`export * from './src/index.ts';`);
    expect(code).not.toMatch(/\bnode:|require\(/);
  });
});
