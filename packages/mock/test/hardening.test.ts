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
        headers: { authorization: `Bearer ${MOCK_ACCESS_TOKEN}`, 'content-type': 'application/json' },
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
    for (const path of ['//[', '//[::1', '//a:b@[']) {
      const answer = await raw(url, path);
      expect(answer.status, path).toBe(400);
      expect(field(JSON.parse(answer.body), 'status_code'), path).toBe(5);
    }
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
