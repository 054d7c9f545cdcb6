// Turborepo remote caching, proven on one machine: a build in one fresh clone uploads every task's
// outputs to a self-hosted cache server; a second fresh clone (empty local cache, no build outputs)
// then gets every task from that server instead of running it.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCommand } from '../support/run-command.js';
import { cloneAndInstall } from '../support/workspace.js';
import { type RemoteCache, startRemoteCache } from './support/cache-server.js';

interface TaskSummary {
  taskId: string;
  hash: string;
  cache: { status: 'HIT' | 'MISS'; source?: 'LOCAL' | 'REMOTE' };
}

const BUILD = [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=./packages/*',
  '--summarize',
  '--output-logs=errors-only',
];

let workRoot: string;
let cache: RemoteCache;
let firstRun: TaskSummary[] = [];

beforeAll(async () => {
  workRoot = await mkdtemp(join(tmpdir(), 'tmdb-kit-remote-cache-'));
  cache = await startRemoteCache(join(workRoot, 'cache-storage'));
});

afterAll(async () => {
  await cache?.close();
  if (workRoot) await rm(workRoot, { recursive: true, force: true });
});

/** Clones HEAD into `name`, builds the packages with the remote cache configured, returns turbo's summary. */
async function buildInFreshClone(
  name: string,
): Promise<{ tasks: TaskSummary[]; stdout: string; clone: string }> {
  const clone = join(workRoot, name);
  await cloneAndInstall(clone, cleanEnv());
  const env = cleanEnv({ TURBO_API: cache.url, TURBO_TOKEN: cache.token, TURBO_TEAM: cache.team });
  const { stdout } = await runCommand('pnpm', BUILD, { cwd: clone, env, timeoutMs: 240_000 });
  const runsDir = join(clone, '.turbo/runs');
  const [summaryFile, ...others] = await readdir(runsDir);
  expect(others, 'one run summary per clone').toEqual([]);
  const summary: { tasks: TaskSummary[] } = JSON.parse(
    await readFile(join(runsDir, summaryFile ?? ''), 'utf8'),
  );
  return { tasks: summary.tasks, stdout, clone };
}

const byTask = (tasks: TaskSummary[]) => tasks.map((task) => task.taskId).sort();

describe('Turborepo remote cache', () => {
  it('a build in a fresh clone runs every task and uploads each result', async () => {
    expect(await cache.artifactCount()).toBe(0);

    const { tasks } = await buildInFreshClone('first');
    firstRun = tasks;

    expect(byTask(tasks)).toEqual(
      expect.arrayContaining([
        '@tmdb-kit/client#build',
        '@tmdb-kit/mock#build',
        '@tmdb-kit/types#build',
        '@tmdb-kit/types#generate',
      ]),
    );
    expect(tasks.filter((task) => task.cache.status !== 'MISS')).toEqual([]);
    expect(await cache.artifactCount()).toBeGreaterThanOrEqual(tasks.length);
  });

  it('a second fresh clone gets every task from the remote cache (FULL TURBO)', async () => {
    const { tasks, stdout, clone } = await buildInFreshClone('second');

    expect(byTask(tasks)).toEqual(byTask(firstRun));
    expect(tasks.map((task) => [task.taskId, task.cache.status, task.cache.source])).toEqual(
      tasks.map((task) => [task.taskId, 'HIT', 'REMOTE']),
    );
    expect(stdout).toContain(`Cached:    ${tasks.length} cached, ${tasks.length} total`);
    expect(stdout).toContain('FULL TURBO');
    // The outputs were restored from the artifacts, not just reported as cached.
    for (const pkg of ['types', 'client', 'mock']) {
      expect(existsSync(join(clone, 'packages', pkg, 'dist/index.js')), pkg).toBe(true);
    }
  });

  it('serves artifacts only to the team token, so the hits above came from it', async () => {
    const [task] = firstRun;
    expect(task).toBeDefined();
    const artifact = (token: string) =>
      fetch(new URL(`/v8/artifacts/${task?.hash}?slug=${cache.team}`, cache.url), {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
    const allowed = await artifact(cache.token);
    expect(allowed.status).toBe(200);
    expect((await allowed.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const refused = await artifact('not-the-token');
    await refused.body?.cancel();
    expect(refused.status).toBe(401);
  });
});
