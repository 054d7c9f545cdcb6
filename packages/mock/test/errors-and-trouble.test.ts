// TMDB's failure modes and the simulated production trouble, over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import {
  MOCK_ACCESS_TOKEN,
  MOCK_API_KEY,
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from '../src/index.js';
import { call, field } from './support/http.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: MockServerOptions = {}): Promise<string> {
  server = await startMockServer(options);
  return server.url;
}

describe('credentials', () => {
  it('answers 401 with status_code 7 without credentials or with a wrong token, and never echoes the token', async () => {
    const url = await start();
    const missing = await call(url, '/3/movie/1001', { token: null });
    const wrong = await call(url, '/3/movie/1001', { token: 'secret-but-wrong-token' });
    for (const response of [missing, wrong]) {
      expect(response.status).toBe(401);
      expect(field(response.body, 'status_code')).toBe(7);
    }
    expect(JSON.stringify(wrong.body)).not.toContain('secret-but-wrong-token');
  });

  it('accepts the api_key query parameter instead of a bearer token', async () => {
    const url = await start();
    expect((await call(url, '/3/movie/1001', { token: null, query: { api_key: MOCK_API_KEY } })).status).toBe(
      200,
    );
    expect((await call(url, '/3/movie/1001', { token: null, query: { api_key: 'nope' } })).status).toBe(401);
  });

  it('accepts configured credentials, or any non-empty one when asked to', async () => {
    const url = await start({ accessToken: 'custom' });
    expect((await call(url, '/3/configuration', { token: 'custom' })).status).toBe(200);
    expect((await call(url, '/3/configuration')).status).toBe(401);
    server?.configure({ acceptAnyCredential: true });
    expect((await call(url, '/3/configuration', { token: 'anything' })).status).toBe(200);
    expect((await call(url, '/3/configuration', { token: null })).status).toBe(401);
  });
});

describe('TMDB errors', () => {
  it('404 with status_code 34 for an unknown id, 6 for a malformed one', async () => {
    const url = await start();
    const unknown = await call(url, '/3/movie/424242');
    expect([unknown.status, field(unknown.body, 'status_code')]).toEqual([404, 34]);
    const malformed = await call(url, '/3/person/not-a-number');
    expect([malformed.status, field(malformed.body, 'status_code')]).toEqual([404, 6]);
    const season = await call(url, '/3/tv/2001/season/9');
    expect(season.status).toBe(404);
  });

  it('refuses pages above 500 (and below 1) with 400 and status_code 22, but serves empty pages past the end', async () => {
    const url = await start();
    for (const page of [501, 0]) {
      const refused = await call(url, '/3/movie/popular', { query: { page } });
      expect([refused.status, field(refused.body, 'status_code')]).toEqual([400, 22]);
    }
    const pastTheEnd = await call(url, '/3/movie/popular', { query: { page: 500 } });
    expect(pastTheEnd.status).toBe(200);
    expect(field(pastTheEnd.body, 'results')).toEqual([]);
    expect(field(pastTheEnd.body, 'page')).toBe(500);
  });

  it('answers 422 listing each problem with query or body input, 400 (26) for a login without credentials', async () => {
    const url = await start();
    const noQuery = await call(url, '/3/search/movie');
    expect(noQuery.status).toBe(422);
    expect(field(noQuery.body, 'errors')).toEqual(['query must be provided']);
    const badEnum = await call(url, '/3/discover/movie', { query: { sort_by: 'loudness.desc' } });
    expect(badEnum.status).toBe(400);
    const badJson = await fetch(`${url}/3/authentication/session/new`, {
      method: 'POST',
      headers: { authorization: `Bearer ${MOCK_ACCESS_TOKEN}`, 'content-type': 'application/json' },
      body: '{"request_token":',
    });
    expect(badJson.status).toBe(422);
    expect(await badJson.json()).toEqual({ success: false, errors: ['the request body is not valid JSON'] });
    const missingField = await call(url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body: { username: 'demo' },
    });
    expect([missingField.status, field(missingField.body, 'status_code')]).toEqual([400, 26]);
  });

  it('answers TMDB\u2019s range errors: bad dates (23), too many appends (27), unknown time zones (28), long windows (20)', async () => {
    const url = await start();
    const badDate = await call(url, '/3/discover/movie', { query: { 'release_date.gte': '2026-02-30' } });
    expect([badDate.status, field(badDate.body, 'status_code')]).toEqual([400, 23]);
    const appends = Array.from({ length: 21 }, (_, index) => `key_${index}`).join(',');
    const tooMany = await call(url, '/3/tv/2001', { query: { append_to_response: appends } });
    expect([tooMany.status, field(tooMany.body, 'status_code')]).toEqual([400, 27]);
    const zone = await call(url, '/3/tv/airing_today', { query: { timezone: 'Mars/Olympus_Mons' } });
    expect([zone.status, field(zone.body, 'status_code')]).toEqual([400, 28]);
    expect((await call(url, '/3/tv/airing_today', { query: { timezone: 'Europe/Berlin' } })).status).toBe(
      200,
    );
    const window = await call(url, '/3/movie/changes', {
      query: { start_date: '2026-10-01', end_date: '2026-11-01' },
    });
    expect([window.status, field(window.body, 'status_code')]).toEqual([422, 20]);
  });

  it('404 for paths TMDB does not have, 405 with Allow for a wrong method', async () => {
    const url = await start();
    expect((await call(url, '/3/nowhere')).status).toBe(404);
    const wrongMethod = await call(url, '/3/movie/1001', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses bodies over 1 MiB with 413 instead of buffering them', async () => {
    const url = await start();
    const huge = await call(url, '/3/list', { method: 'POST', body: { name: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
  });
});

describe('CORS', () => {
  it('answers preflights without credentials and marks every answer cross-origin readable', async () => {
    const url = await start();
    const preflight = await fetch(`${url}/3/movie/1001`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await call(url, '/3/movie/1001', { token: null });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('simulated trouble', () => {
  it('rate limits: requests beyond the window get 429, status_code 25 and Retry-After, until the window passes', async () => {
    let now = 1_000_000;
    const url = await start({ now: () => now, rateLimit: { requests: 3, perMs: 1000 } });
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await call(url, '/3/configuration')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(url, '/3/configuration');
    expect(field(limited.body, 'status_code')).toBe(25);
    expect(limited.headers.get('retry-after')).toBe('1');
    now += 1001;
    expect((await call(url, '/3/configuration')).status).toBe(200);
  });

  it('uses the configured Retry-After, and configure() can lift the limit', async () => {
    const url = await start({
      now: () => 0,
      rateLimit: { requests: 1, perMs: 60_000, retryAfterSeconds: 30 },
    });
    await call(url, '/3/configuration');
    expect((await call(url, '/3/configuration')).headers.get('retry-after')).toBe('30');
    server?.configure({ rateLimit: undefined });
    expect((await call(url, '/3/configuration')).status).toBe(200);
  });

  it('faultRate 1 answers every request with a TMDB-shaped 5xx', async () => {
    const url = await start({ faultRate: 1 });
    for (let index = 0; index < 6; index++) {
      const response = await call(url, '/3/movie/1001');
      expect([500, 502, 503]).toContain(response.status);
      expect(field(response.body, 'success')).toBe(false);
    }
  });

  it('faults at a fractional rate follow the seed: same seed, same sequence; another seed, another', async () => {
    const sequence = async (seed: number) => {
      const url = await start({ seed, faultRate: 0.5 });
      const statuses = [];
      for (let index = 0; index < 24; index++) statuses.push((await call(url, '/3/configuration')).status);
      await server?.close();
      server = undefined;
      return statuses;
    };
    const first = await sequence(11);
    expect(await sequence(11)).toEqual(first);
    expect(await sequence(12)).not.toEqual(first);
    const failures = first.filter((status) => status >= 500).length;
    expect(failures).toBeGreaterThan(4);
    expect(failures).toBeLessThan(20);
  });

  it('reset() restarts the fault sequence', async () => {
    const url = await start({ seed: 5, faultRate: 0.5 });
    const run = async () => {
      const statuses = [];
      for (let index = 0; index < 12; index++) statuses.push((await call(url, '/3/configuration')).status);
      return statuses;
    };
    const first = await run();
    server?.reset();
    expect(await run()).toEqual(first);
  });
});
