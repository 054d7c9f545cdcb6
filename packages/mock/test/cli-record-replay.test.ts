// `tmdb-mock record` and `tmdb-mock --replay`: arguments, the credential from the environment, and both
// commands running for real on 127.0.0.1 until a signal stops them.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/cli-args.js';
import { type CliIo, runCli } from '../src/cli-main.js';
import { startMockServer } from '../src/index.js';
import { call, field } from './support/http.js';

function fakeIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const errors: string[] = [];
  const handlers = new Map<string, () => void>();
  let listening: (url: string) => void = () => {};
  const started = new Promise<string>((resolve) => {
    listening = resolve;
  });
  const io: CliIo = {
    out: (line) => {
      out.push(line);
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) listening(url);
    },
    error: (line) => errors.push(line),
    onSignal: (name, handler) => handlers.set(name, handler),
    env,
  };
  return { out, errors, io, started, stop: () => handlers.get('SIGINT')?.() };
}

describe('tmdb-mock record and --replay arguments', () => {
  it('parses record and --replay', () => {
    expect(parseCliArgs(['record', '--upstream', 'https://api.themoviedb.org', '--out', 'captures'])).toEqual(
      {
        kind: 'record',
        options: { upstream: 'https://api.themoviedb.org', out: 'captures', port: 4011 },
      },
    );
    expect(parseCliArgs(['--replay', 'captures', '--port', '0'])).toEqual({
      kind: 'serve',
      options: { port: 0 },
      replayFolder: 'captures',
    });
  });

  it.each([
    [['record', '--out', 'c'], 'record needs --upstream'],
    [['record', '--upstream', 'ftp://x', '--out', 'c'], '--upstream must be an http(s) URL'],
    [['record', '--upstream', 'https://api.themoviedb.org'], 'record needs --out'],
    [
      ['record', '--upstream', 'https://api.themoviedb.org', '--out', 'c', '--seed', '1'],
      'unknown option for record: --seed',
    ],
    [['verify'], 'verify needs a captures folder or a HAR file'],
    [['verify', 'c', '--examples', 'x'], 'unknown option for verify: --examples'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('refuses to record without a credential in the environment', async () => {
    const { io, errors } = fakeIo();
    expect(await runCli(['record', '--upstream', 'http://127.0.0.1:9', '--out', tmpdir()], io)).toBe(2);
    expect(errors.join('\n')).toContain('TMDB_ACCESS_TOKEN');
  });
});

describe('tmdb-mock record and --replay, running', () => {
  it('records with the credential from the environment, then replays what it recorded', async () => {
    const credential = 'cli-token-b7e2f1a904';
    const upstream = await startMockServer({ accessToken: credential });
    const out = mkdtempSync(join(tmpdir(), 'tmdb-cli-'));
    try {
      const recorder = fakeIo({ TMDB_ACCESS_TOKEN: credential });
      const recording = runCli(
        ['record', '--port', '0', '--upstream', upstream.url, '--out', out],
        recorder.io,
      );
      const recorderUrl = await recorder.started;
      const genres = await call(recorderUrl, '/3/genre/movie/list', {
        token: null,
        query: { language: 'fr' },
      });
      expect(genres.status).toBe(200);
      recorder.stop();
      expect(await recording).toBe(0);
      expect(recorder.out.join('\n')).toMatch(/saved GET \/3\/genre\/movie\/list -> 200 getMovieGenres\//);
      expect([...recorder.out, ...recorder.errors].join('\n')).not.toContain(credential);
      expect(readdirSync(join(out, 'getMovieGenres'))).toHaveLength(1);

      // A second capture that contradicts the spec: replay serves it but says so when it loads.
      mkdirSync(join(out, 'getTvGenres'));
      const broken = {
        format: 'tmdb-kit-capture/1',
        operationId: 'getTvGenres',
        recordedAt: '2026-12-01T00:00:00.000Z',
        request: { method: 'GET', path: '/3/genre/tv/list', query: {} },
        response: { status: 200, headers: {}, body: { genres: [{ id: 'ten', name: 'Drama' }] } },
      };
      writeFileSync(join(out, 'getTvGenres', 'broken.json'), JSON.stringify(broken));
      const replayer = fakeIo();
      const replaying = runCli(['--port', '0', '--replay', out, '--any-credential'], replayer.io);
      const replayUrl = await replayer.started;
      expect(replayer.out[0]).toBe(`tmdb-mock: replaying 2 recorded requests from ${out}`);
      expect(replayer.errors.join('\n')).toContain(
        'getTvGenres $.genres[*].id: spec says integer, came string',
      );
      const replayed = await call(replayUrl, '/3/genre/movie/list', {
        query: { language: 'fr' },
        token: 'any',
      });
      expect(replayed.body).toEqual(genres.body);
      expect(field((await call(replayUrl, '/3/genre/tv/list', { token: 'any' })).body, 'genres')).toEqual([
        { id: 'ten', name: 'Drama' },
      ]);
      replayer.stop();
      expect(await replaying).toBe(0);

      // tmdb-mock verify: the same check as on load, as a report and an exit code.
      const verifier = fakeIo();
      expect(await runCli(['verify', out], verifier.io)).toBe(1);
      expect(verifier.out.join('\n')).toContain(
        '| getTvGenres | `$.genres[*].id` | integer | string | 1 | id ten (getTvGenres/broken.json) |',
      );
      rmSync(join(out, 'getTvGenres'), { recursive: true });
      const clean = fakeIo();
      expect(await runCli(['verify', out], clean.io)).toBe(0);
      expect(clean.out.join('\n')).toContain('Result: the spec holds.');
      const missing = fakeIo();
      expect(await runCli(['verify', join(out, 'nope')], missing.io)).toBe(2);
      expect(missing.errors.join('\n')).toContain('cannot read');
    } finally {
      await upstream.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
