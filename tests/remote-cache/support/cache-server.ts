import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../support/workspace.js';

export interface RemoteCache {
  /** What turbo's TURBO_API points at: `http://127.0.0.1:<port>`. */
  url: string;
  /** The only token the server accepts (TURBO_TOKEN), made up for this run. */
  token: string;
  team: string;
  /** How many artifacts the server holds, counted in its storage folder. */
  artifactCount(): Promise<number>;
  close(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 20_000;

/**
 * Runs `turborepo-remote-cache` (the npm package turbo's self-hosting docs point to) on 127.0.0.1 with a
 * free port, one static token and local storage under `storageDir`.
 */
export async function startRemoteCache(storageDir: string): Promise<RemoteCache> {
  const token = randomUUID();
  const team = 'tmdb-kit-remote-cache-test';
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/turborepo-remote-cache/dist/cli.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      AUTH_MODE: 'static',
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storageDir,
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      LOG_LEVEL: 'info',
      ENABLE_STATUS_LOG: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let url: string;
  try {
    url = await listeningUrl(child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return {
    url,
    token,
    team,
    artifactCount: () => countFiles(storageDir),
    close: () => stop(child),
  };
}

/** Resolves with the address the server logs once it listens; rejects if it exits or takes too long. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(`no "Server listening" line within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`turborepo-remote-cache did not start: ${why}\n${output.slice(-2_000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(`it exited with ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

/** SIGTERM (the server closes gracefully), then SIGKILL if it is still there after a few seconds. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) count += 1;
  }
  return count;
}
