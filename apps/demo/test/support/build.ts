// Builds the demo the way `pnpm --filter @tmdb-kit/demo build` does (vite for the page, tsc for the
// server), into a folder of the test's choosing, so tests never run against a stale or missing dist/.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_ROOT = join(import.meta.dirname, '../..');
const BIN = join(DEMO_ROOT, 'node_modules/.bin');
const ROOT_BIN = join(DEMO_ROOT, '../../node_modules/.bin');

export interface DemoBuild {
  readonly dir: string;
  /** What `vite build` wrote (the demo server's public folder). */
  readonly publicDir: string;
  /** The compiled server; `main.js` here is what `pnpm demo` runs. */
  readonly serverDir: string;
}

/**
 * @param env extra environment for both builds (the token test sets a sentinel TMDB_ACCESS_TOKEN there,
 *   so anything that copied environment variables into the bundle would be caught)
 */
export async function buildDemo(dir: string, env: Readonly<Record<string, string>> = {}): Promise<DemoBuild> {
  rmSync(dir, { recursive: true, force: true });
  const publicDir = join(dir, 'public');
  const serverDir = join(dir, 'server');
  const options = { env: { ...process.env, ...env } };
  await run(
    join(BIN, 'vite'),
    ['build', '--outDir', publicDir, '--emptyOutDir', '--logLevel', 'warn'],
    options,
  );
  await run(join(ROOT_BIN, 'tsc'), ['-p', 'tsconfig.server.json', '--outDir', serverDir], options);
  return { dir, publicDir, serverDir };
}

function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: DEMO_ROOT,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
    });
  });
}
