import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../scripts/spec-diff/src/cli.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { baseSpec } from './specs.js';

const repoRoot = resolve(import.meta.dirname, '../..');
let workDir: string;
let oursFile: string;
let noRules: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'spec-diff-'));
  oursFile = join(workDir, 'ours.json');
  await writeFile(oursFile, JSON.stringify(baseSpec()));
  noRules = join(workDir, 'no-rules.json');
  await writeFile(noRules, JSON.stringify({ differences: [] }));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function writeSpec(name: string, document: JsonObject | string): Promise<string> {
  const file = join(workDir, name);
  await writeFile(file, typeof document === 'string' ? document : JSON.stringify(document));
  return file;
}

/** A spec with one more operation than ours. */
function upstreamWithNewOperation(): JsonObject {
  const document = baseSpec();
  (document.paths as JsonObject)['/3/movie/{movie_id}/lists'] = { get: { responses: {} } };
  return document;
}

async function run(argv: string[], now = new Date('2026-12-01T23:59:00Z')) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => now,
  });
  return { code, stdout, stderr };
}

/** `--against-ours` with our spec written by the test and no deliberate differences. */
const againstOurs = (...argv: string[]) => [
  '--against-ours',
  '--ours',
  oursFile,
  '--deliberate',
  noRules,
  ...argv,
];

describe('runCli --against-ours', () => {
  it('exits 0 when the specs match', async () => {
    const theirs = await writeSpec('same.json', baseSpec());
    const result = await run(againstOurs(theirs));
    expect(result).toEqual({
      code: EXIT.same,
      stdout: 'No differences: all 2 operations match upstream.\n',
      stderr: '',
    });
  });

  it('exits 1 and lists the differences when they do not', async () => {
    const theirs = await writeSpec('newer.json', upstreamWithNewOperation());
    const result = await run(againstOurs(theirs));
    expect(result.code).toBe(EXIT.differences);
    expect(result.stdout).toContain('  + GET /3/movie/{movie_id}/lists');
  });

  it('prints the differences as JSON with --json', async () => {
    const theirs = await writeSpec('newer.json', upstreamWithNewOperation());
    const result = await run(againstOurs('--json', theirs));
    expect(result.code).toBe(EXIT.differences);
    expect(JSON.parse(result.stdout)).toMatchObject({
      addedOperations: [{ method: 'GET', path: '/3/movie/{movie_id}/lists' }],
      removedOperations: [],
      changedOperations: [],
      ignored: 0,
    });
  });

  it('exits 2 with the file and the reason when a spec cannot be read', async () => {
    const missing = join(workDir, 'missing.json');
    expect(await run(againstOurs(missing))).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: `spec:diff: ${missing}: cannot read the spec (ENOENT)\n`,
    });
    const yaml = await writeSpec('spec.yaml', 'openapi: 3.1.0\npaths: {}\n');
    const notJson = await run(againstOurs(yaml));
    expect(notJson.code).toBe(EXIT.error);
    expect(notJson.stderr).toContain('not JSON');
  });

  it('exits 2 with usage on bad arguments', async () => {
    for (const argv of [
      [],
      ['a.json', 'b.json'],
      ['--timeout', 'soon', 'a.json'],
      ['--bogus', 'a.json'],
      ['--update-baseline', '--against-ours', 'a.json'],
      ['--ours', 'ours.json', 'a.json'],
      ['--against-ours', '--baseline', 'b.json', 'a.json'],
      ['--update-baseline', '--json', 'a.json'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(EXIT.error);
      expect(result.stderr, argv.join(' ')).toContain('Usage:\n  pnpm spec:diff');
    }
  });
});

describe('runCli with a URL', () => {
  let server: Server | undefined;
  const seenUrls: string[] = [];

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done) ?? done(undefined));
    server = undefined;
    seenUrls.length = 0;
  });

  /** Serves `routes` on 127.0.0.1; a route set to 'hang' never answers. */
  async function serve(routes: Record<string, JsonObject | number | 'hang'>): Promise<string> {
    server = createServer((request, response) => {
      seenUrls.push(request.url ?? '');
      const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
      if (route === 'hang') return;
      if (route === undefined || typeof route === 'number') {
        response.writeHead(route ?? 404, { 'content-type': 'text/plain' }).end(`echo ${request.url}`);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(route));
    });
    await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  it('downloads the upstream spec and compares it', async () => {
    const base = await serve({ '/openapi.json': upstreamWithNewOperation() });
    const result = await run(againstOurs(`${base}/openapi.json`));
    expect(result.code).toBe(EXIT.differences);
    expect(result.stdout).toContain('  + GET /3/movie/{movie_id}/lists');
    expect(seenUrls).toEqual(['/openapi.json']);
  });

  it('reports an HTTP error without printing the key in the URL', async () => {
    const base = await serve({ '/gone.json': 500 });
    const result = await run(againstOurs(`${base}/gone.json?api_key=s3cret-key`));
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toBe(
      `spec:diff: ${base}/gone.json?api_key=***: the server answered 500 Internal Server Error\n`,
    );
    expect(seenUrls).toEqual(['/gone.json?api_key=s3cret-key']);
  });

  it('gives up on a server that does not answer within --timeout', async () => {
    const base = await serve({ '/slow.json': 'hang' });
    const result = await run(againstOurs('--timeout', '200', `${base}/slow.json`));
    expect(result).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: `spec:diff: ${base}/slow.json: cannot download the spec (no answer within 200 ms)\n`,
    });
  });

  it('reports a refused connection', async () => {
    const base = await serve({});
    server?.close();
    const result = await run(againstOurs(`${base}/openapi.json?api_key=s3cret-key`));
    expect(result.code).toBe(EXIT.error);
    expect(result.stderr).toContain('cannot download the spec (');
    expect(result.stderr).not.toContain('s3cret-key');
  });
});

describe('pnpm spec:diff', () => {
  it('builds and runs the tool: records a baseline, then exits 1 on upstream changes and 0 without', async () => {
    const exec = promisify(execFile);
    const pnpm = (...argv: string[]) =>
      exec('pnpm', ['--silent', 'spec:diff', ...argv], { cwd: repoRoot }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    const baseline = join(workDir, 'pnpm-baseline.json');
    const recorded = await pnpm('--update-baseline', '--baseline', baseline, oursFile);
    expect(recorded.code).toBe(EXIT.same);
    expect(recorded.stdout).toMatch(
      /^Recorded v3 \(test 1, 2 operations, sha256 [0-9a-f]{12}\) as the baseline of/,
    );

    const theirs = await writeSpec('cli-newer.json', upstreamWithNewOperation());
    const differing = await pnpm('--baseline', baseline, theirs);
    expect(differing.code).toBe(EXIT.differences);
    expect(differing.stdout).toMatch(
      /^TMDB changed 1 operation since the baseline of \d{4}-\d{2}-\d{2} \(v3\):\n/,
    );
    expect(differing.stdout).toContain('  + GET /3/movie/{movie_id}/lists (new)');

    const same = await pnpm('--baseline', baseline, oursFile);
    expect(same.code).toBe(EXIT.same);
    expect(same.stdout).toMatch(
      /^TMDB changed no operations since the baseline of .* all 2 are as reviewed\.\n$/,
    );
  });
});
