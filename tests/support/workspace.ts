import { resolve } from 'node:path';
import { runCommand } from './run-command.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * A fresh checkout of this repository's committed HEAD in `dest`, installed from the local pnpm store:
 * what a CI machine or a second developer starts from. The working tree is only read, never written.
 */
export async function cloneAndInstall(dest: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runCommand('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, dest], { cwd: repoRoot, env });
  await runCommand('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--ignore-scripts'], {
    cwd: dest,
    env,
    timeoutMs: 240_000,
  });
}
