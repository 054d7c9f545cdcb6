// The fake under hostile or sloppy input: oversized bodies on a kept-alive connection, malformed URLs,
// methods and ids TMDB treats strictly, and state that must not grow without end.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';
import {
  createMockEngine,
  DEMO_USER,
  MOCK_ACCESS_TOKEN,
  MockOptionsError,
  type MockServer,
  startMockServer,
} from '../src/index.js';
import { STATE_LIMITS } from '../src/state/store.js';
import { createList, guestSession, login, newRequestToken } from './support/flows.js';
import { call, field } from './support/http.js';

const servers: MockServer[] = [];
const agents: Agent[] = [];
afterEach(async () => {
  for (const agent of agents.splice(0)) agent.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: Parameters<typeof startMockServer>[0] = {}): Promise<string> {
  const server = await startMockServer({ ...options, port: 0, host: '127.0.0.1' });
  servers.push(server);
  return server.url;
}

interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request through node:http, with its raw path (fetch would normalise it) and a 5 s bound. */
function raw(
  baseUrl: string,
  path: string,
  options: { method?: string; body?: string | Buffer; agent?: Agent } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname,
        port,
        path,
        method: options.method ?? 'GET',
        agent: options.agent,
        headers: {
          authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
          'content-type': 'application/json',
          // Node sends DELETE bodies without a length unless told: the server would read them as a request.
          ...(options.body === undefined ? {} : { 'content-length': Buffer.byteLength(options.body) }),
        },
        timeout: 5_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${path} within 5 s`)));
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('oversized bodies', () => {
  it('answers 413 with Connection: close, and the next request on a kept-alive agent still works', async () => {
    const url = await start();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const huge = await raw(url, '/3/list', {
      method: 'POST',
      agent,
      body: JSON.stringify({ name: 'x'.repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.connection).toBe('close');
    // Readable by a browser app calling the fake directly, like every other answer.
    expect(huge.headers['access-control-allow-origin']).toBe('*');
    expect(field(JSON.parse(huge.body), 'status_code')).toBe(5);
    const next = await raw(url, '/3/movie/1001', { agent });
    expect(next.status).toBe(200);
  });

  it('drops the connection rather than reading a body without end', async () => {
    const url = await start();
    const answer = raw(url, '/3/list', { method: 'POST', body: Buffer.alloc(40 * 1024 * 1024, 0x20) });
    // Either the 413 arrives before the socket goes, or the write is cut off: never a hang, never a 2xx.
    const outcome = await answer.then(
      (result) => result.status,
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(outcome);
    expect((await raw(url, '/3/movie/1001')).status).toBe(200);
  });
});

describe('methods and URLs', () => {
  it('answers HEAD on a GET route like GET, without a body', async () => {
    const url = await start();
    const head = await raw(url, '/3/movie/1001', { method: 'HEAD' });
    const get = await raw(url, '/3/movie/1001');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect((await raw(url, '/3/movie/999999', { method: 'HEAD' })).status).toBe(404);
  });

  it('says in a 405 body that the method is wrong, not that the resource is missing', async () => {
    const url = await start();
    const wrong = await call(url, '/3/movie/1001', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(field(wrong.body, 'status_code')).toBe(4);
    expect(String(field(wrong.body, 'status_message'))).not.toMatch(/could not be found/);
    expect(String(field(wrong.body, 'status_message'))).toContain('DELETE');
  });

  it('answers a malformed URL with 400, not an internal error', async () => {
    const url = await start();
    for (const path of ['//[', '//[::1', '//a:b@[', 'http://[', '*']) {
      const answer = await raw(url, path);
      expect(answer.status, path).toBe(400);
      expect(field(JSON.parse(answer.body), 'status_code'), path).toBe(5);
    }
    // The absolute form a client sends through an HTTP proxy is a URL too.
    expect((await raw(url, `${url}/3/movie/1001`)).status).toBe(200);
  });

  it('accepts only digits as an integer id, as TMDB does', async () => {
    const url = await start();
    expect((await call(url, '/3/movie/1001')).status).toBe(200);
    for (const id of ['1001.0', '1001%20', '%201001', '+1001', '1001e0', '0x3e9']) {
      const answer = await call(url, `/3/movie/${id}`);
      expect([answer.status, field(answer.body, 'status_code')], id).toEqual([404, 6]);
    }
    const page = await call(url, '/3/movie/popular', { query: { page: '2.0' } });
    expect(page.status).toBe(400);
  });
});

describe('a sweep of bad input, 50 requests at a time', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const login = '/3/authentication/token/validate_with_login';
  const cases: readonly (readonly [method: string, path: string, body?: string])[] = [
    ['GET', '/3/movie/abc'],
    ['GET', '/3/movie/-1'],
    ['GET', '/3/movie/99999999999999999999'],
    ['GET', '/3/movie/1%00'],
    ['GET', '/3/movie/%ff'],
    ['GET', '/3/discover/movie?with_genres=|||,,,'],
    ['GET', '/3/discover/movie?sort_by=nope'],
    ['GET', '/3/discover/movie?primary_release_date.gte=2020-13-45'],
    ['GET', '/3/discover/movie?primary_release_date.lte=2021-02-29'],
    ['GET', '/3/discover/movie?vote_average.gte=NaN'],
    ['GET', '/3/discover/movie?with_runtime.gte=Infinity'],
    ['GET', '/3/movie/popular?page=0'],
    ['GET', '/3/movie/popular?page=1e3'],
    ['GET', '/3/tv/2001/season/-1'],
    ['GET', '/3/tv/2001/season/1/episode/abc'],
    ['GET', '/3/trending/all/decade'],
    ['GET', '/3/find/abc?external_source=evil'],
    ['GET', `/3/movie/1001?append_to_response=${Array.from({ length: 30 }, (_, i) => `x${i}`).join(',')}`],
    ['POST', login, '{'],
    ['POST', login, 'null'],
    ['POST', login, '[]'],
    ['POST', login, '"x"'],
    ['POST', login, '{"username":1,"password":{},"request_token":[]}'],
    ['POST', login, deep(100_000)],
    ['POST', login, `{"username":${deep(5_000)}}`],
    ['POST', '/3/authentication/session/new', `{"request_token":"${'a'.repeat(500_000)}"}`],
    ['POST', '/3/list?session_id=x', '{"name":"\u0000"}'],
    ['DELETE', '/3/authentication/session', '{"session_id":null}'],
    ['PUT', '/3/movie/1001'],
    ['PATCH', '/3/movie/1001'],
    ['POST', '/3/movie/1001/rating?guest_session_id=x', '{"value":"9"}'],
    ['POST', '/3/movie/1001/rating?guest_session_id=x', '{"value":1e400}'],
    ['GET', `/${'a/'.repeat(2_000)}`],
  ];

  it('answers every case with a TMDB-shaped 4xx, never a 5xx', async () => {
    const url = await start();
    const copies = Array.from({ length: 2 }, () => cases).flat();
    expect(copies.length).toBeGreaterThanOrEqual(50);
    const answers = await Promise.all(
      copies.map(async ([method, path, body]) => ({
        request: `${method} ${path.slice(0, 80)}`,
        answer: await raw(url, path, { method, ...(body === undefined ? {} : { body }) }),
      })),
    );
    for (const { request, answer } of answers) {
      expect(answer.status, request).toBeGreaterThanOrEqual(400);
      expect(answer.status, request).toBeLessThan(500);
      expect(String(answer.headers['content-type']), `${request}: ${answer.status} ${answer.body}`).toMatch(
        /^application\/json/,
      );
      expect(JSON.parse(answer.body), request).toMatchObject({ success: false });
    }
  });
});

describe('numbers on the command line and in options', () => {
  it('refuses latencies a Node timer cannot hold, and ports and seeds that are not whole numbers', () => {
    expect(() => parseCliArgs(['--latency', '3000000000'])).toThrow('--latency expects a whole number');
    expect(() => parseCliArgs(['--latency', '10-3000000000'])).toThrow('--latency');
    expect(() => parseCliArgs(['--port', '80.5'])).toThrow('--port expects a whole number from 0 to 65535');
    expect(() => parseCliArgs(['--port', '70000'])).toThrow('--port');
    expect(() => parseCliArgs(['--seed', '1.5'])).toThrow('--seed');
    expect(() => parseCliArgs(['--rate-limit', '40/1e12'])).toThrow('--rate-limit');
    expect(parseCliArgs(['--latency', '2147483647'])).toEqual({
      kind: 'serve',
      options: { port: 4010, latencyMs: 2147483647 },
    });
    expect(() => createMockEngine({ latencyMs: 3_000_000_000 })).toThrow(MockOptionsError);
    expect(() => createMockEngine({ latencyMs: [0, 3_000_000_000] })).toThrow('latencyMs');
  });
});

describe('state stays bounded', () => {
  it('forgets request tokens an hour old once new ones are made', async () => {
    let now = Date.parse('2026-11-28T12:00:00Z');
    const server = await startMockServer({ port: 0, now: () => now });
    servers.push(server);
    const first = await newRequestToken(server.url);
    now += 61 * 60 * 1000;
    const second = await newRequestToken(server.url);
    expect(server.state.requestTokens().map((token) => token.token)).toEqual([second]);
    expect(first).not.toBe(second);
  });

  it('keeps a guest session a day past its last use and forgets it after a day unused', async () => {
    let now = Date.parse('2026-11-28T12:00:00Z');
    const server = await startMockServer({ port: 0, now: () => now });
    servers.push(server);
    const rate = (guest: string) =>
      call(server.url, '/3/movie/1001/rating', {
        method: 'POST',
        query: { guest_session_id: guest },
        body: { value: 8 },
      });
    const guest = await guestSession(server.url);
    now += 23 * 60 * 60 * 1000;
    expect((await rate(guest)).status).toBe(201);
    now += 23 * 60 * 60 * 1000;
    expect((await rate(guest)).status).toBe(201);
    now += 25 * 60 * 60 * 1000;
    const other = await guestSession(server.url);
    expect(server.state.guestSessions().map((session) => session.id)).toEqual([other]);
    expect([(await rate(guest)).status, field((await rate(guest)).body, 'status_code')]).toEqual([401, 3]);
  });

  it('keeps at most STATE_LIMITS.requestTokens tokens, dropping the oldest', async () => {
    const engine = createMockEngine();
    const newToken = async () => {
      const answer = await engine.handle({
        method: 'GET',
        url: new URL('http://mock.invalid/3/authentication/token/new'),
        authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
        bodyText: undefined,
      });
      return String(field(JSON.parse(answer.body ?? '{}'), 'request_token'));
    };
    const first = await newToken();
    for (let count = 1; count < STATE_LIMITS.requestTokens; count++) await newToken();
    expect(engine.state.requestTokens()).toHaveLength(STATE_LIMITS.requestTokens);
    const last = await newToken();
    const kept = engine.state.requestTokens().map((token) => token.token);
    expect(kept).toHaveLength(STATE_LIMITS.requestTokens);
    expect(kept).not.toContain(first);
    expect(kept).toContain(last);
  });

  it('refuses list names and descriptions over their limits and lists beyond the per-account limit', async () => {
    const url = await start();
    const session = await login(url, DEMO_USER);
    const post = (body: Record<string, string>) =>
      call(url, '/3/list', { method: 'POST', query: { session_id: session }, body });
    const longName = await post({ name: 'n'.repeat(STATE_LIMITS.listNameLength + 1) });
    expect([longName.status, field(longName.body, 'status_code')]).toEqual([422, 5]);
    // Counted in characters: a name of emoji at the limit is accepted.
    expect((await post({ name: '🎬'.repeat(STATE_LIMITS.listNameLength) })).status).toBe(201);
    const longDescription = await post({
      name: 'ok',
      description: 'd'.repeat(STATE_LIMITS.listDescriptionLength + 1),
    });
    expect([longDescription.status, field(longDescription.body, 'status_code')]).toEqual([422, 5]);
    for (let count = 1; count < STATE_LIMITS.listsPerAccount; count++) await createList(url, session, 'l');
    const over = await post({ name: 'one too many' });
    expect([over.status, field(over.body, 'status_code')]).toEqual([422, 5]);
    expect(String(field(over.body, 'status_message'))).toContain(String(STATE_LIMITS.listsPerAccount));
  });
});
