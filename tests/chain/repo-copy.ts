// A disposable copy of the repository (tracked and untracked-but-not-ignored files), installed from
// the local pnpm store, so tests can change the spec and run the project's real commands on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface CommandResult {
  status: number | null;
  output: string;
}

export interface RepoCopy {
  root: string;
  run(command: string, args: string[]): CommandResult;
  remove(): void;
}

export function copyRepo(): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), 'tmdb-kit-copy-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(root, file));
    } catch {
      // A file deleted in the working tree but still in the index: not part of the copy.
    }
  }
  const run = (command: string, args: string[]): CommandResult => {
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, CI: '1', TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
  };
  const install = run('pnpm', ['install', '--offline', '--frozen-lockfile']);
  if (install.status !== 0) throw new Error(`installing the copy failed:\n${install.output}`);
  return { root, run, remove: () => rmSync(root, { recursive: true, force: true }) };
}
