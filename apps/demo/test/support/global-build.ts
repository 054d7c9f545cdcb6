// Builds the app once per test run (in .test-build/, git-ignored) with a sentinel TMDB_ACCESS_TOKEN in
// the environment; the bundle test greps the output for it, the CLI and browser tests run the output.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemo, DEMO_ROOT } from './build.js';

/** Stands in for a real token: were the build to copy it into the bundle, the bundle test would find it. */
export const SENTINEL_TOKEN = 'sentinel-token-must-never-reach-the-browser-7f3a9c';

declare module 'vitest' {
  export interface ProvidedContext {
    demoBuild: { dir: string; publicDir: string; serverDir: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const build = await buildDemo(join(DEMO_ROOT, '.test-build'), {
    TMDB_ACCESS_TOKEN: SENTINEL_TOKEN,
    VITE_TMDB_ACCESS_TOKEN: SENTINEL_TOKEN,
    VITE_DEMO_TMDB_ACCESS_TOKEN: SENTINEL_TOKEN,
  });
  project.provide('demoBuild', build);
}
