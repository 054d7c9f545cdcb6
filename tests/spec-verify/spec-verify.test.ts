// `pnpm spec:verify` end to end: the root script run as a user runs it, on captures folders, HAR files and
// OpenAPI examples this test writes (valid and contradicting ones), with checked exceptions, and `--live`
// against the fake standing in for TMDB on 127.0.0.1. Nothing here reads TMDB's real documents.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const script = join(repoRoot, 'scripts/spec-verify.mjs');
let work: string;

/** Runs the script with a clean credential environment; returns exit code and output. */
async function verify(args: readonly string[], env: Record<string, string> = {}) {
  const {
    TMDB_ACCESS_TOKEN: _a,
    TMDB_API_KEY: _k,
    TMDB_SESSION_ID: _s,
    TMDB_ACCOUNT_ID: _i,
    ...base
  } = process.env;
  return runCommand(process.execPath, [script, ...args], {
    cwd: repoRoot,
    env: { ...base, ...env },
    okCodes: [0, 1, 2],
    timeoutMs: 120_000,
  });
}

const capture = (path: string, body: unknown, status = 200) => ({
  format: 'tmdb-kit-capture/1',
  operationId: undefined,
  recordedAt: '2026-12-01T00:00:00.000Z',
  request: { method: 'GET', path, query: {} },
  response: { status, headers: { 'content-type': 'application/json' }, body },
});

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = join(work, name);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, JSON.stringify(value));
  return file;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spec-verify-'));
  // The script runs on @tmdb-kit/mock's build (turbo restores it from cache when nothing changed).
  await runCommand(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@tmdb-kit/mock', '--output-logs=errors-only'],
    {
      cwd: repoRoot,
      env: process.env,
      timeoutMs: 300_000,
    },
  );
}, 320_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('captures folders and HAR files', () => {
  it('passes a folder whose captures all validate', async () => {
    await writeJson(
      'good/getMovieGenres/a.json',
      capture('/3/genre/movie/list', { genres: [{ id: 18, name: 'Drama' }] }),
    );
    const result = await verify([join(work, 'good')]);
    expect(result.stdout).toContain('1 responses checked: 1 validated, 0 contradict the spec.');
    expect(result.stdout).toContain('Result: the spec holds.');
    expect(result.code).toBe(0);
  });

  it('fails on contradictions with a table: operation, JSON path, spec, what came, how often, a record', async () => {
    await writeJson(
      'bad/getMovieGenres/a.json',
      capture('/3/genre/movie/list', {
        genres: [
          { id: 18, name: null },
          { id: 35, name: null },
        ],
      }),
    );
    await writeJson(
      'bad/getTvGenres/b.json',
      capture('/3/genre/tv/list', { genres: [{ id: 'ten', name: 'Drama' }] }),
    );
    await writeJson(
      'bad/getTvGenres/c.json',
      capture(
        '/3/genre/tv/list',
        { success: false, status_code: 7, status_message: 'Invalid API key.' },
        401,
      ),
    );
    await writeFile(join(work, 'bad/notes.json'), 'not json at all');
    const result = await verify([join(work, 'bad')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('| operation | JSON path | spec says | came | times | example |');
    expect(result.stdout).toContain(
      '| getMovieGenres | `$.genres[*].name` | string | null | 2 | id 18 (getMovieGenres/a.json) |',
    );
    expect(result.stdout).toContain(
      '| getTvGenres | `$.genres[*].id` | integer | string | 1 | id ten (getTvGenres/b.json) |',
    );
    // An error answer is checked against the error schema the operation declares (and this one is fine).
    expect(result.stdout).not.toContain('getTvGenres/c.json');
    expect(result.stdout).toContain('- notes.json: not JSON');
  });

  it('reads a HAR file exported from a browser', async () => {
    const har = {
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://api.themoviedb.org/3/genre/movie/list?language=en' },
            response: {
              status: 200,
              content: { mimeType: 'application/json', text: '{"genres":[{"id":18}]}' },
            },
          },
          {
            request: { method: 'GET', url: 'https://image.tmdb.org/t/p/w92/a.jpg' },
            response: { status: 200, content: { mimeType: 'image/jpeg', text: '' } },
          },
        ],
      },
    };
    const result = await verify([await writeJson('session.har', har)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('| getMovieGenres | `$.genres[*].name` | required | missing | 1 | id 18');
  });
});

describe('--examples', () => {
  const examples = {
    openapi: '3.1.0',
    paths: {
      '/3/genre/movie/list': {
        get: {
          responses: {
            '200': {
              content: {
                'application/json': {
                  examples: { Result: { value: '{"genres":[{"id":28,"name":"Action"}]}' } },
                },
              },
            },
          },
        },
      },
      '/3/genre/tv/list': {
        get: {
          responses: {
            '200': {
              content: {
                'application/json': { examples: { Result: { value: '{"genres":[{"id":10759}]}' } } },
              },
            },
          },
        },
      },
    },
  };
  const exception = '- operation: getTvGenres\n  path: "$.genres[*].name"\n  reason: "old sample"\n';

  it('fails on an example that contradicts the spec', async () => {
    const file = await writeJson('examples.json', examples);
    const empty = join(work, 'none.yaml');
    await writeFile(empty, '[]\n');
    const result = await verify(['--examples', file, '--exceptions', empty]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 responses checked: 1 validated, 1 contradict the spec.');
    expect(result.stdout).toContain(
      '| getTvGenres | `$.genres[*].name` | required | missing | 1 | id 10759 (GET /3/genre/tv/list 200 Result) |',
    );
  });

  it('accepts what a checked exception justifies, listing it with its reason', async () => {
    const file = await writeJson('examples.json', examples);
    const exceptions = join(work, 'exceptions.yaml');
    await writeFile(exceptions, exception);
    const result = await verify(['--examples', file, '--exceptions', exceptions]);
    expect(result.stdout).toContain(
      '2 responses checked: 2 validated, 0 contradict the spec (1 contradictions justified by exceptions).',
    );
    expect(result.stdout).toContain('| getTvGenres | `$.genres[*].name` | missing | 1 | old sample |');
    expect(result.code).toBe(0);
  });

  it('fails on an exception that no longer fails, and on a malformed exceptions file', async () => {
    const file = await writeJson('examples.json', examples);
    const stale = join(work, 'stale.yaml');
    await writeFile(
      stale,
      `${exception}- operation: getMovieGenres\n  path: "$.genres[*].id"\n  reason: "fixed"\n`,
    );
    const result = await verify(['--examples', file, '--exceptions', stale]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('### Exceptions that no longer fail (remove them)');
    expect(result.stdout).toContain('- getMovieGenres $.genres[*].id');
    const malformed = join(work, 'malformed.yaml');
    await writeFile(malformed, '- operation: getTvGenres\n  path: "$.genres"\n');
    const bad = await verify(['--examples', file, '--exceptions', malformed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('entry 1 needs a non-empty "reason"');
  });

  it('checks the project exceptions file by default, so its entries must match the examples given', async () => {
    // openapi/example-exceptions.yaml excuses the docs' empty `{}` sample of movie recommendations; a
    // sound page there leaves that exception matching nothing, which fails the run. Exceptions of
    // operations this file has no example for are not judged.
    const page = '{"page":1,"results":[],"total_pages":0,"total_results":0}';
    const file = await writeJson('examples.json', {
      openapi: '3.1.0',
      paths: {
        '/3/movie/{movie_id}/recommendations': {
          get: {
            responses: {
              '200': { content: { 'application/json': { examples: { Result: { value: page } } } } },
            },
          },
        },
      },
    });
    const result = await verify(['--examples', file]);
    expect(result.stdout).toContain('1 responses checked: 1 validated');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('### Exceptions that no longer fail (remove them)');
    expect(result.stdout).toContain('- getMovieRecommendations $');
    expect(result.stdout).not.toContain('- addFavorite $.success');
  });
});

describe('bad input', () => {
  it.each([
    [[], 'nothing to verify'],
    [[join('/nonexistent', 'captures')], 'does not exist'],
    [['--examples'], '--examples needs a value'],
    [['--live'], '--live needs TMDB_ACCESS_TOKEN'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await verify(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('--live', () => {
  it('records the tour from the upstream with the credential and verifies it, writing a summary', async () => {
    const { startMockServer } = await import('../../packages/mock/dist/index.js');
    const credential = 'live-e2e-token-81c4d2';
    const upstream = await startMockServer({ accessToken: credential });
    try {
      const out = join(work, 'live');
      const summary = join(work, 'summary.md');
      const result = await verify(
        ['--live', '--upstream', upstream.url, '--out', out, '--summary', summary],
        {
          TMDB_ACCESS_TOKEN: credential,
        },
      );
      expect(result.stdout).toMatch(/Live tour: \d+ answers recorded into/);
      expect(result.stdout).toContain('skipped: /3/account/{account}: needs a user session');
      expect(result.stdout).toContain('Result: the spec holds.');
      expect(result.stdout + result.stderr).not.toContain(credential);
      expect(result.code).toBe(0);
      expect(await readFile(summary, 'utf8')).toContain(`## Live tour of ${upstream.url}`);
    } finally {
      await upstream.close();
    }
  });
});
