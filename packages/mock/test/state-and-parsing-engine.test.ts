// The engine's options and simulated trouble as a user configures them, and how the engine reads a spec
// whose parameter schemas take shapes the bundled spec does not use today ($ref chains, combinators, type
// lists): a regenerated spec may, and the fake must then coerce and classify input the same way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMockEngine,
  MOCK_ACCESS_TOKEN,
  MOCK_API_KEY,
  type MockEngine,
  MockOptionsError,
  type MockResponse,
  type MockServer,
  type MockServerOptions,
  type Replay,
  startMockServer,
} from '../src/index.js';
import { call, field } from './support/http.js';
import { craftedEngine } from './support/state-crafted-spec.js';

/** The longest delay a Node timer holds (about 24.8 days): the largest latency the fake accepts. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: MockServerOptions): Promise<string> {
  server = await startMockServer(options);
  return server.url;
}

async function statuses(url: string, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await call(url, '/3/configuration')).status);
  return seen;
}

describe('options', () => {
  it('names its errors MockOptionsError', () => {
    expect(() => createMockEngine({ seed: 0.5 })).toThrow(
      expect.objectContaining({ name: 'MockOptionsError', message: 'seed must be an integer' }),
    );
  });

  it('refuses an empty access token or api key', () => {
    expect(() => createMockEngine({ accessToken: '' })).toThrow('credentials must not be empty');
    expect(() => createMockEngine({ apiKey: '' })).toThrow('credentials must not be empty');
  });

  it('takes latencies from 0 up to the longest timer Node holds', () => {
    expect(() => createMockEngine({ latencyMs: -1 })).toThrow(MockOptionsError);
    expect(() => createMockEngine({ latencyMs: [-5, 10] })).toThrow('latencyMs');
    expect(() => createMockEngine({ latencyMs: LONGEST_TIMER_MS })).not.toThrow();
    expect(() => createMockEngine({ latencyMs: LONGEST_TIMER_MS + 1 })).toThrow('latencyMs');
  });

  it('needs a positive window for the rate limit and a Retry-After that is not negative', () => {
    expect(() => createMockEngine({ rateLimit: { requests: 1, perMs: 0 } })).toThrow('rateLimit');
    expect(() =>
      createMockEngine({ rateLimit: { requests: 1, perMs: 1000, retryAfterSeconds: -1 } }),
    ).toThrow('rateLimit.retryAfterSeconds must not be negative');
    expect(() =>
      createMockEngine({ rateLimit: { requests: 1, perMs: 1000, retryAfterSeconds: 0 } }),
    ).not.toThrow();
  });

  it('keeps a configured api key when configure() changes something else', async () => {
    const url = await start({ apiKey: 'my-own-key' });
    server?.configure({ faultRate: 0 });
    expect(
      (await call(url, '/3/configuration', { token: null, query: { api_key: 'my-own-key' } })).status,
    ).toBe(200);
    expect(
      (await call(url, '/3/configuration', { token: null, query: { api_key: MOCK_API_KEY } })).status,
    ).toBe(401);
  });
});

describe('rate limit', () => {
  it('frees a slot exactly one window after the request that took it', async () => {
    let now = 1_000_000;
    const url = await start({ now: () => now, rateLimit: { requests: 1, perMs: 1000 } });
    expect(await statuses(url, 2)).toEqual([200, 429]);
    now += 1000;
    expect(await statuses(url, 1)).toEqual([200]);
  });

  it('tells in Retry-After the whole seconds until the oldest request leaves the window', async () => {
    let now = 1_000_000;
    const url = await start({ now: () => now, rateLimit: { requests: 2, perMs: 10_000 } });
    await statuses(url, 1);
    now += 2000;
    await statuses(url, 1);
    now += 4500;
    // The first request leaves the window at +10 s, 3.5 s from now: Retry-After rounds up to 4.
    const limited = await call(url, '/3/configuration');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(field(limited.body, 'status_message')).toBe('Your request count is over the allowed limit of 2.');
  });

  it('forgets the window on reset()', async () => {
    const url = await start({ now: () => 0, rateLimit: { requests: 1, perMs: 60_000 } });
    expect(await statuses(url, 2)).toEqual([200, 429]);
    server?.reset();
    expect(await statuses(url, 1)).toEqual([200]);
  });
});

describe('simulated faults', () => {
  it('draws 500, 502 and 503 from the seed', async () => {
    const url = await start({ seed: 1, faultRate: 1 });
    const seen = await statuses(url, 12);
    expect(seen).toEqual(SEED_1_FAULTS);
    expect(new Set(seen)).toEqual(new Set([500, 502, 503]));
  });

  it('draws nothing from the fault stream while faults are off', async () => {
    const fresh = await start({ seed: 7, faultRate: 0.5 });
    const expected = await statuses(fresh, 12);
    await server?.close();
    const url = await start({ seed: 7, faultRate: 0 });
    expect(await statuses(url, 5)).toEqual([200, 200, 200, 200, 200]);
    server?.configure({ faultRate: 0.5 });
    expect(await statuses(url, 12)).toEqual(expected);
  });
});

describe('the fault rate as a threshold', () => {
  // The first draw of seed 1's fault stream is exactly 3602127397 / 2^32: a request fails when its draw
  // is below the rate, so a rate equal to the draw spares it and the next representable step fails it.
  const FIRST_DRAW_OF_SEED_1 = 3_602_127_397 / 2 ** 32;
  const firstStatus = async (faultRate: number): Promise<number> => {
    const engine = createMockEngine({ seed: 1, faultRate });
    const response = await engine.handle({
      method: 'GET',
      url: new URL('/3/configuration', 'http://mock.invalid'),
      authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
      bodyText: undefined,
    });
    return response.status;
  };

  it('spares a request whose draw equals the rate and fails one whose draw is below it', async () => {
    expect(await firstStatus(FIRST_DRAW_OF_SEED_1)).toBe(200);
    expect(await firstStatus(FIRST_DRAW_OF_SEED_1 + 2 ** -32)).toBeGreaterThanOrEqual(500);
  });
});

describe('replayed answers', () => {
  it('are served with their recorded headers and the fake\u2019s CORS headers', async () => {
    // A replay that knows one movie the data set does not have.
    const replay: Replay = {
      size: 1,
      answer: (method, url) =>
        method === 'GET' && url.pathname === '/3/movie/9999'
          ? {
              status: 200,
              headers: { 'content-type': 'application/json; charset=utf-8' },
              body: '{"id":9999}',
            }
          : undefined,
    };
    const url = await start({ replay });
    const recorded = await call(url, '/3/movie/9999');
    expect(recorded.status).toBe(200);
    expect(recorded.body).toEqual({ id: 9999 });
    expect(recorded.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(recorded.headers.get('access-control-allow-origin')).toBe('*');
  });
});

// What seed 1 gives with every request failing; pinned so a change to how faults are drawn shows up.
const SEED_1_FAULTS = [503, 502, 500, 500, 502, 503, 503, 503, 502, 500, 500, 502];

describe('a spec with other parameter shapes', () => {
  // Built before each test rather than once, so the routing table is built within the test that uses it.
  let engine: MockEngine;
  beforeEach(() => {
    engine = craftedEngine();
  });
  const get = (path: string): Promise<MockResponse> =>
    engine.handle({
      method: 'GET',
      url: new URL(path, 'http://mock.invalid'),
      authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
      bodyText: undefined,
    });
  const answer = async (path: string) => {
    const response = await get(path);
    const body: unknown = JSON.parse(response.body ?? 'null');
    return { status: response.status, body };
  };

  it('follows $ref chains up to 16 levels deep to find that an id is an integer', async () => {
    const found = await answer('/ref16/movie/1001');
    expect([found.status, field(found.body, 'title')]).toEqual([200, 'The Quiet Orbit']);
    const tooDeep = await answer('/ref17/movie/1001');
    expect([tooDeep.status, field(tooDeep.body, 'status_code')]).toEqual([404, 6]);
  });

  it('finds the integer type inside allOf, oneOf and anyOf, up to 16 levels deep', async () => {
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
      const found = await answer(`/${keyword}/movie/1001`);
      expect(found.status, keyword).toBe(200);
    }
    expect((await answer('/anyOf16/movie/1001')).status).toBe(200);
    const tooDeep = await answer('/anyOf17/movie/1001');
    expect([tooDeep.status, field(tooDeep.body, 'status_code')]).toEqual([404, 6]);
  });

  it('reads a list of types', async () => {
    expect((await answer('/typelist/movie/1001')).status).toBe(200);
  });

  it('recognises date parameters behind $ref chains up to 16 levels deep', async () => {
    const date = await answer('/date16/discover?release_date.gte=2026-02-30');
    expect([date.status, field(date.body, 'status_code')]).toEqual([400, 23]);
    const notADate = await answer('/date17/discover?release_date.gte=2026-02-30');
    expect(notADate.status).toBe(422);
    expect(field(notADate.body, 'errors')).toEqual([expect.stringContaining('release_date.gte')]);
  });

  it('routes a segment with braces inside it only by its literal text', async () => {
    for (const path of ['/partial/1001', '/suffix/1001']) {
      const unrouted = await answer(path);
      expect([unrouted.status, field(unrouted.body, 'status_code')], path).toEqual([404, 34]);
    }
  });

  it('answers 501 for an operation it has no handler for', async () => {
    const unknown = await get('/unknown-operation');
    expect(unknown.status).toBe(501);
    expect(unknown.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(JSON.parse(unknown.body ?? '')).toMatchObject({ success: false, status_code: 11 });
  });

  it('answers a handler that fails with TMDB’s internal error, never a stack trace', async () => {
    // searchMovie without its required `query` parameter in the spec: the handler gets no query to match.
    const failed = await get('/broken-search');
    expect(failed.status).toBe(500);
    expect(failed.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(failed.body ?? '')).toMatchObject({ success: false, status_code: 11 });
  });
});
