// Record and replay end to end on 127.0.0.1: a fake TMDB upstream (the fake engine behind a credential
// only the recorder knows, plus a Fight Club the fake does not have), the recording proxy in front of it,
// and the fake server replaying what was recorded. Proves forwarding with the user's credential, that no
// secret reaches a capture, per-request reporting of upstream failures, replay, fallback and validation.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSamples } from '../src/capture/load.js';
import type { RecordResult } from '../src/capture/recording.js';
import { loadReplay } from '../src/capture/replay.js';
import { createMockEngine, DEMO_ACCOUNT_ID, DEMO_USER, startMockServer } from '../src/index.js';
import { bundledSpec } from '../src/openapi/bundled-spec.js';
import { type Recorder, startRecorder } from '../src/record.js';
import { buildReport, createVerifier } from '../src/verify/index.js';
import { call, field } from './support/http.js';

const CREDENTIAL = 'live-token-3f9a0c77d1e24b8e';
const FIGHT_CLUB = 550;

interface Upstream {
  readonly url: string;
  readonly authorizations: string[];
  close(): Promise<void>;
}

/** TMDB as far as the recorder can tell: the fake engine accepting only CREDENTIAL (token or api_key), plus movie 550. */
async function startUpstream(): Promise<Upstream> {
  const engine = createMockEngine({ accessToken: CREDENTIAL, apiKey: CREDENTIAL });
  const movie = await engine.handle({
    method: 'GET',
    url: new URL('http://x/3/movie/1001'),
    authorization: `Bearer ${CREDENTIAL}`,
    bodyText: undefined,
  });
  const fightClub = JSON.stringify({
    ...JSON.parse(movie.body ?? '{}'),
    id: FIGHT_CLUB,
    title: 'Fight Club',
    original_title: 'Fight Club',
  });
  const authorizations: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      authorizations.push(request.headers.authorization ?? '');
      const url = new URL(request.url ?? '/', 'http://upstream.invalid');
      if (url.pathname === '/3/configuration') {
        response.writeHead(503, { 'content-type': 'text/html' });
        response.end('<html>Service Unavailable</html>');
        return;
      }
      if (
        url.pathname === `/3/movie/${FIGHT_CLUB}` &&
        request.headers.authorization === `Bearer ${CREDENTIAL}`
      ) {
        response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
        response.end(fightClub);
        return;
      }
      const bodyText = chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
      engine
        .handle({
          method: request.method ?? 'GET',
          url,
          authorization: request.headers.authorization ?? null,
          bodyText,
        })
        .then((answer) => {
          response.writeHead(answer.status, answer.headers);
          response.end(answer.body);
        });
    });
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, authorizations, close: () => close(server) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('recording through the proxy', () => {
  let upstream: Upstream;
  let recorder: Recorder;
  let out: string;
  const results: RecordResult[] = [];
  let secrets: { requestToken: string; sessionId: string };

  beforeAll(async () => {
    upstream = await startUpstream();
    out = mkdtempSync(join(tmpdir(), 'tmdb-captures-'));
    recorder = await startRecorder({
      upstream: upstream.url,
      out,
      credential: { accessToken: CREDENTIAL },
      onRecord: (result) => results.push(result),
    });
    // A whole login, as an app would do it, through the recorder and without any credential of its own.
    const token = await call(recorder.url, '/3/authentication/token/new', { token: null });
    const requestToken = String(field(token.body, 'request_token'));
    const body = { username: DEMO_USER.username, password: DEMO_USER.password, request_token: requestToken };
    await call(recorder.url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body,
      token: null,
    });
    const session = await call(recorder.url, '/3/authentication/session/new', {
      method: 'POST',
      body: { request_token: requestToken },
      token: null,
    });
    const sessionId = String(field(session.body, 'session_id'));
    secrets = { requestToken, sessionId };
    const account = await call(recorder.url, `/3/account/${DEMO_ACCOUNT_ID}`, {
      query: { session_id: sessionId },
      token: null,
    });
    expect(account.status).toBe(200);
    expect(field(account.body, 'id')).toBe(DEMO_ACCOUNT_ID);
    await call(recorder.url, `/3/movie/${FIGHT_CLUB}`, { token: null });
    await call(recorder.url, '/3/movie/1001/reviews', { token: null });
    await call(recorder.url, '/3/search/movie', {
      query: { query: 'orbit', api_key: 'client-key-should-vanish' },
      token: null,
    });
  });

  afterAll(async () => {
    await recorder?.close();
    await upstream?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('forwards every request with the user credential and hands back the real answers', () => {
    expect(upstream.authorizations.length).toBe(7);
    expect(new Set(upstream.authorizations)).toEqual(new Set([`Bearer ${CREDENTIAL}`]));
    expect(results.map((result) => [result.request, result.outcome.kind])).toEqual([
      ['GET /3/authentication/token/new', 'saved'],
      ['POST /3/authentication/token/validate_with_login', 'saved'],
      ['POST /3/authentication/session/new', 'saved'],
      ['GET /3/account/0', 'saved'],
      [`GET /3/movie/${FIGHT_CLUB}`, 'saved'],
      ['GET /3/movie/1001/reviews', 'saved'],
      ['GET /3/search/movie', 'saved'],
    ]);
  });

  it('keeps the credential, tokens, session ids, the password and the account id out of every capture', () => {
    const files = filesUnder(out);
    expect(files).toHaveLength(7);
    const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const secret of [
      CREDENTIAL,
      secrets.requestToken,
      secrets.sessionId,
      DEMO_USER.password,
      String(DEMO_ACCOUNT_ID),
      'client-key-should-vanish',
    ])
      expect(text, `a capture contains ${secret}`).not.toContain(secret);
    expect(text).toContain('"request_token": "redacted"');
    expect(text).toContain('"session_id": "redacted"');
    expect(text).toContain('"title": "Fight Club"');
    // The user's login name goes; a review author's public name stays.
    expect(text).toContain('"username": "redacted"');
    expect(text).toContain('"username": "orbitaloscar"');
  });

  it('saves captures that validate against the spec, keyed by operation and parameters', async () => {
    const loaded = await loadSamples(out);
    expect(loaded.problems).toEqual([]);
    const verifier = createVerifier(bundledSpec);
    const report = buildReport(loaded.samples.map((sample) => verifier.verify(sample)));
    expect(report.rows).toEqual([]);
    expect(report.ok).toBe(true);
    const names = filesUnder(out).map((file) => file.slice(out.length + 1));
    expect(names).toContain(names.find((name) => name.startsWith('getMovieDetails/movie_550-')));
    expect(names.find((name) => name.startsWith('searchMovie/search_movie_query=orbit-'))).toBeDefined();
  });

  it('replays recorded answers, including a movie the fake does not know, and serves the rest from the fake', async () => {
    const { replay, report } = await loadReplay(out, bundledSpec);
    expect(report.ok).toBe(true);
    const mock = await startMockServer({ replay });
    try {
      const fightClub = await call(mock.url, `/3/movie/${FIGHT_CLUB}`);
      expect(fightClub.status).toBe(200);
      expect(field(fightClub.body, 'title')).toBe('Fight Club');
      // Not recorded with this query: the fake answers, and it has no movie 550.
      expect((await call(mock.url, `/3/movie/${FIGHT_CLUB}`, { query: { language: 'de-DE' } })).status).toBe(
        404,
      );
      expect(field((await call(mock.url, '/3/movie/1001')).body, 'id')).toBe(1001);
      // Replay still asks for the fake's credential, like everything else the fake serves.
      expect((await call(mock.url, `/3/movie/${FIGHT_CLUB}`, { token: 'wrong' })).status).toBe(401);
    } finally {
      await mock.close();
    }
  });
});

describe('recording failures', () => {
  let upstream: Upstream;
  let out: string;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
    rmSync(out, { recursive: true, force: true });
  });
  afterAll(async () => upstream?.close());

  it('answers a browser preflight itself, without forwarding or recording it', async () => {
    out = mkdtempSync(join(tmpdir(), 'tmdb-captures-'));
    const results: RecordResult[] = [];
    const recorder = await startRecorder({
      upstream: upstream.url,
      out,
      credential: { accessToken: CREDENTIAL },
      onRecord: (r) => results.push(r),
    });
    servers.push(recorder);
    const seen = upstream.authorizations.length;
    const preflight = await fetch(`${recorder.url}/3/movie/550`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(upstream.authorizations.length).toBe(seen);
    expect(results).toEqual([]);
    expect(filesUnder(out)).toEqual([]);
  });

  it('reports an unreachable upstream per request with a 502 and saves nothing', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await close(closed);
    out = mkdtempSync(join(tmpdir(), 'tmdb-captures-'));
    const results: RecordResult[] = [];
    const recorder = await startRecorder({
      upstream: `http://127.0.0.1:${port}`,
      out,
      credential: { accessToken: CREDENTIAL },
      onRecord: (r) => results.push(r),
    });
    servers.push(recorder);
    const answer = await call(recorder.url, '/3/movie/550', { token: null });
    expect(answer.status).toBe(502);
    expect(String(field(answer.body, 'status_message'))).toContain('upstream unreachable');
    expect(results[0]?.outcome).toMatchObject({ kind: 'unreachable' });
    expect(JSON.stringify(results)).not.toContain(CREDENTIAL);
    expect(filesUnder(out)).toEqual([]);
  });

  it('passes a non-JSON answer through, reports it, and keeps recording the next requests', async () => {
    out = mkdtempSync(join(tmpdir(), 'tmdb-captures-'));
    const results: RecordResult[] = [];
    const recorder = await startRecorder({
      upstream: upstream.url,
      out,
      credential: { apiKey: CREDENTIAL },
      onRecord: (r) => results.push(r),
    });
    servers.push(recorder);
    const html = await fetch(`${recorder.url}/3/configuration`);
    expect(html.status).toBe(503);
    expect(await html.text()).toContain('Service Unavailable');
    expect(results[0]?.outcome).toEqual({ kind: 'not-json', status: 503, contentType: 'text/html' });
    // With an api key as the credential, the recorder sends it as the query parameter TMDB expects.
    expect((await call(recorder.url, '/3/genre/movie/list', { token: null })).status).toBe(200);
    expect(results[1]?.outcome.kind).toBe('saved');
    expect(filesUnder(out)).toHaveLength(1);
    expect(readFileSync(filesUnder(out)[0] ?? '', 'utf8')).not.toContain(CREDENTIAL);
  });
});

describe('replay validation on load', () => {
  it('reports captures that contradict the spec and files that are not captures, and still serves them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tmdb-captures-'));
    try {
      mkdirSync(join(out, 'getMovieGenres'));
      const capture = {
        format: 'tmdb-kit-capture/1',
        operationId: 'getMovieGenres',
        recordedAt: '2026-12-01T00:00:00.000Z',
        request: { method: 'GET', path: '/3/genre/movie/list', query: { language: 'fr' } },
        response: {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: { genres: [{ id: 18, name: null }] },
        },
      };
      writeFileSync(join(out, 'getMovieGenres', 'fr.json'), JSON.stringify(capture));
      writeFileSync(join(out, 'notes.json'), '{"hello": "world"}');
      const { replay, report } = await loadReplay(out, bundledSpec);
      expect(report.ok).toBe(false);
      expect(report.rows).toEqual([
        {
          operation: 'getMovieGenres',
          path: '$.genres[*].name',
          expected: 'string',
          actual: 'null',
          count: 1,
          example: 'id 18 (getMovieGenres/fr.json)',
        },
      ]);
      expect(report.problems).toEqual([{ source: 'notes.json', message: 'not a tmdb-kit-capture/1 file' }]);
      expect(
        replay.answer('GET', new URL('http://x/3/genre/movie/list?language=fr&api_key=anything'))?.body,
      ).toBe('{"genres":[{"id":18,"name":null}]}');
      expect(replay.answer('GET', new URL('http://x/3/genre/movie/list'))).toBeUndefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
