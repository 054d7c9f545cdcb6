import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '../../support/run-command.js';
import { cloneAndInstall } from '../../support/workspace.js';

/** The packages the rehearsal publishes. */
export const PUBLISHED_NAMES = ['@tmdb-kit/types', '@tmdb-kit/client', '@tmdb-kit/mock'] as const;
export type PublishedName = (typeof PUBLISHED_NAMES)[number];
const FOLDERS: Record<PublishedName | '@tmdb-kit/demo', string> = {
  '@tmdb-kit/types': 'packages/types',
  '@tmdb-kit/client': 'packages/client',
  '@tmdb-kit/mock': 'packages/mock',
  '@tmdb-kit/demo': 'apps/demo',
};

/** A fresh checkout of HEAD with the published packages built, as the release workflow has it. */
export async function prepareWorkspaceCopy(dest: string, env: NodeJS.ProcessEnv): Promise<void> {
  await cloneAndInstall(dest, env);
  // changesets compares with its base branch, `main`; a CI checkout of a pull request may have no such
  // branch (detached HEAD), so the copy names its HEAD `main`.
  await runCommand('git', ['checkout', '--quiet', '-B', 'main'], { cwd: dest, env });
  await runCommand(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
    {
      cwd: dest,
      env,
      timeoutMs: 240_000,
    },
  );
}

export async function readVersion(
  workspace: string,
  name: PublishedName | '@tmdb-kit/demo',
): Promise<string> {
  const folder = FOLDERS[name];
  const manifest: unknown = JSON.parse(await readFile(join(workspace, folder, 'package.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('version' in manifest)) {
    throw new Error(`${folder}/package.json has no version`);
  }
  return String(manifest.version);
}

/** Semver bump of a plain `x.y.z` version, the way changesets bumps a non-prerelease. */
export function bump(version: string, type: 'major' | 'minor' | 'patch'): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not a plain x.y.z version: ${version}`);
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
