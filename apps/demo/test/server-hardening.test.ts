// The demo server and its /tmdb proxy against hostile pages, hostile or broken upstreams and bad settings:
// every answer the page gets is JSON from this server's own rules, and nothing of the token or the
// upstream's address reaches it.
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';
import { DemoOptionsError, parseServerOptions } from '../server/options.js';
import { createTmdbProxy } from '../server/proxy.js';
import {
  type BuiltApp,
  closedPort,
  type FakeUpstream,
  makeBuiltApp,
  startFakeUpstream,
} from './support/servers.js';

const TOKEN = 'server-side-token-0123456789/+=';

let upstream: FakeUpstream;
let app: BuiltApp;
let demo: DemoServer;
const logged: string[] = [];
const extraServers: { close(): Promise<void> }[] = [];
const agents: Agent[] = [];

beforeAll(async () => {
  upstream = await startFakeUpstream();
  app = makeBuiltApp();
  demo = await startDemoServer({
    publicDir: app.dir,
    upstreamUrl: upstream.url,
    accessToken: TOKEN,
    config: { mode: 'tmdb' },
    proxyTimeoutMs: 2_000,
    proxyMaxUpstreamBytes: 1024 * 1024,
    log: (message) => logged.push(message),
  });
});
afterEach(async () => {
  upstream.requests.length = 0;
  logged.length = 0;
  upstream.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
  for (const agent of agents.splice(0)) agent.destroy();
  await Promise.all(extraServers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await demo?.close();
  await upstream?.close();
  app?.remove();
});

interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request with the path and Host exactly as written, bounded to 5 s. */
function raw(
  baseUrl: string,
  path: string,
  options: { method?: string; body?: string; host?: string; agent?: Agent } = {},
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
        headers: options.host === undefined ? {} : { host: options.host },
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

const statusCodeOf = (body: string): unknown => (JSON.parse(body) as { status_code?: unknown }).status_code;

describe('request bodies over the limit', () => {
  it('answers 413 with Connection: close, and the next request on a kept-alive agent still works', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const huge = await raw(demo.url, '/tmdb/3/list', { method: 'POST', body: 'x'.repeat(300 * 1024), agent });
    expect(huge.status).toBe(413);
    expect(huge.headers.connection).toBe('close');
    const next = await raw(demo.url, '/tmdb/3/movie/1', { agent });
    expect(next.status).toBe(200);
    expect(upstream.requests.map((request) => request.url)).toEqual(['/3/movie/1']);
  });
});

describe('what the proxy relays', () => {
  it('turns a non-JSON upstream page into a TMDB-shaped JSON error, keeping the status and Retry-After', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(429, { 'content-type': 'text/html', 'retry-after': '9' });
      response.end('<html><script>steal(localStorage)</script></html>');
    });
    const answer = await raw(demo.url, '/tmdb/3/movie/1');
    expect(answer.status).toBe(429);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['retry-after']).toBe('9');
    expect(answer.body).not.toContain('<script');
    expect(statusCodeOf(answer.body)).toBe(0);
    expect(logged.join('\n')).toContain('text/html');
  });

  it('marks relayed JSON nosniff with a sandboxing CSP', async () => {
    const answer = await raw(demo.url, '/tmdb/3/movie/1');
    expect(answer.status).toBe(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });

  it('removes the server’s token from a body that echoes it, in any JSON or URL spelling', async () => {
    upstream.respond((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          header: request.headers.authorization,
          escaped: TOKEN.replaceAll('/', '\\/'),
          url: `https://x.example/?t=${encodeURIComponent(TOKEN)}`,
        }).replace('\\\\/', '\\/'),
      );
    });
    const answer = await raw(demo.url, '/tmdb/3/movie/1');
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(TOKEN);
    expect(answer.body).not.toContain(TOKEN.replaceAll('/', '\\/'));
    expect(answer.body).not.toContain(encodeURIComponent(TOKEN));
    expect(JSON.parse(answer.body)).toMatchObject({ header: 'Bearer [redacted]' });
  });

  it('refuses an upstream answer over the size cap, declared or streamed', async () => {
    upstream.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, with no length announced: the cap must hold while reading.
      response.write('["');
      response.write('a'.repeat(2 * 1024 * 1024));
      response.end('"]');
    });
    const streamed = await raw(demo.url, '/tmdb/3/movie/1');
    expect(streamed.status).toBe(502);
    expect(JSON.parse(streamed.body)).toMatchObject({ status_code: 0 });
    expect(streamed.body).toContain('UPSTREAM_TOO_LARGE');
  });

  it('refuses a gzip bomb: a small compressed answer that decodes past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20));
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    upstream.respond((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(bomb.byteLength),
      });
      response.end(bomb);
    });
    const answer = await raw(demo.url, '/tmdb/3/movie/1');
    expect(answer.status).toBe(502);
    expect(answer.body).toContain('UPSTREAM_TOO_LARGE');
    expect(answer.body.length).toBeLessThan(1024);
  });
});

describe('paths and hosts', () => {
  it.each([
    '/tmdb/3/movie/%2e%2e%2f550',
    '/tmdb/3/movie/550%2fcredits',
    '/tmdb/3/movie/550%5c..%5cx',
    '/tmdb/3/movie/550%2E%2E',
    '/tmdb/3/movie/%252e%252e%252f550',
  ])('refuses %s (an encoded separator) without calling the upstream', async (path) => {
    const answer = await raw(demo.url, path);
    expect(answer.status).toBe(400);
    expect(statusCodeOf(answer.body)).toBe(0);
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers only for the names it was started for (no DNS rebinding)', async () => {
    const { port } = new URL(demo.url);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const answer = await raw(demo.url, '/tmdb/3/movie/1', { host });
      expect(answer.status, host).toBe(421);
      expect(statusCodeOf(answer.body)).toBe(0);
      expect((await raw(demo.url, '/', { host })).status, host).toBe(421);
    }
    expect(upstream.requests).toHaveLength(0);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `[::1]:${port}`]) {
      expect((await raw(demo.url, '/tmdb/3/movie/1', { host })).status, host).toBe(200);
    }
  });

  it('accepts the extra names it is given', async () => {
    const named = await startDemoServer({
      publicDir: app.dir,
      upstreamUrl: upstream.url,
      accessToken: TOKEN,
      config: { mode: 'tmdb' },
      allowedHosts: ['demo.test'],
      log: () => undefined,
    });
    extraServers.push(named);
    expect((await raw(named.url, '/', { host: 'demo.test:80' })).status).toBe(200);
    expect((await raw(named.url, '/', { host: 'other.test' })).status).toBe(421);
  });

  it.each(['/index.html/', '/index.html//', '/assets/../index.html', '/./index.html/'])(
    'serves %s as the prepared page with its security headers, never the raw template',
    async (path) => {
      const answer = await raw(demo.url, path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.body).toContain('id="demo-config"');
      expect(answer.body).not.toContain('<!--demo-config-->');
    },
  );
});

describe('a sweep of hostile paths, 50 requests at a time', () => {
  it('forwards only /3/ paths, with the server’s token and nothing the page smuggled in', async () => {
    const paths = [
      '/tmdb/3/movie/1?api_key=page&api_key=page2',
      '/tmdb/3/movie/1?API_KEY=x',
      '/tmdb/3/./movie/1',
      '/tmdb/3/movie/../../../x',
      '/tmdb/3/movie/1/..%2f..%2f',
      '/tmdb//3/movie/1',
      '/tmdb/3/%2e%2e/%2e%2e/x',
      '/tmdb/3/movie/1#frag',
      '/tmdb/3/movie/1?q=%00%ff',
      '/tmdb/3/movie/1?q=<script>',
      '/tmdb/3/\\..\\..\\x',
      `/tmdb/3/${'a/'.repeat(500)}`,
      '/tmdb/3',
      '/tmdb/',
      '/tmdb/../tmdb/3/movie/1',
    ];
    const all = Array.from({ length: 4 }, () => paths).flat();
    expect(all.length).toBeGreaterThanOrEqual(50);
    const answers = await Promise.all(all.map((path) => raw(demo.url, path)));
    answers.forEach((answer, index) => {
      const path = all[index];
      expect(answer.status, path).toBeLessThan(500);
      expect(answer.headers['content-type'], path).toMatch(/^application\/json/);
      expect(answer.body, path).not.toContain(TOKEN);
    });
    expect(upstream.requests.length).toBeGreaterThan(0);
    for (const seen of upstream.requests) {
      expect(seen.url).toMatch(/^\/3\//);
      expect(seen.url).not.toMatch(/api_key|%2f|%2e|%5c/i);
      expect(seen.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });
});

describe('failures the page sees', () => {
  it('gives the page a code, never the upstream’s address, and logs the detail on the server', async () => {
    const port = await closedPort();
    const down = await startDemoServer({
      publicDir: app.dir,
      upstreamUrl: `http://127.0.0.1:${port}`,
      accessToken: TOKEN,
      config: { mode: 'tmdb' },
      log: (message) => logged.push(message),
    });
    extraServers.push(down);
    const answer = await raw(down.url, '/tmdb/3/configuration');
    expect(answer.status).toBe(502);
    expect(answer.body).toContain('(ECONNREFUSED)');
    expect(answer.body).not.toContain(String(port));
    expect(answer.body).not.toContain('127.0.0.1');
    expect(logged.join('\n')).toContain('ECONNREFUSED');
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('answers with a category when the failure has no system code, whatever its message says', async () => {
    const proxy = createTmdbProxy({
      upstreamUrl: 'https://api.themoviedb.org',
      accessToken: TOKEN,
      log: (message) => logged.push(message),
      fetch: () =>
        Promise.reject(
          new TypeError('fetch failed', {
            cause: new Error(`bad things at https://api.themoviedb.org/3/x?key=${TOKEN}`),
          }),
        ),
    });
    const server: Server = createServer((request, response) => void proxy(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    extraServers.push({
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    const answer = await raw(`http://127.0.0.1:${address.port}`, '/tmdb/3/configuration');
    expect(answer.status).toBe(502);
    expect(answer.body).toContain('(UPSTREAM_ERROR)');
    expect(answer.body).not.toContain('themoviedb');
    expect(logged.join('\n')).toContain('bad things');
    expect(logged.join('\n')).not.toContain(TOKEN);
  });
});

describe('settings checked at start', () => {
  it.each([
    ['http://user:hunter2@api.example', /must not contain a user name or password/],
    ['https://api.themoviedb.org/3', /must be an origin only/],
    ['https://api.themoviedb.org/?lang=en', /must be an origin only/],
    ['https://api.themoviedb.org/#x', /must be an origin only/],
  ])('refuses TMDB_BASE_URL=%s without repeating it', (baseUrl, message) => {
    const parse = () => parseServerOptions([], { TMDB_ACCESS_TOKEN: 't', TMDB_BASE_URL: baseUrl });
    expect(parse).toThrow(DemoOptionsError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  it('refuses a token an HTTP header cannot carry, without repeating it', () => {
    for (const token of ['tökén-secret', 'two words', 'tab\tsecret']) {
      const parse = () => parseServerOptions([], { TMDB_ACCESS_TOKEN: token });
      expect(parse, token).toThrow(/TMDB_ACCESS_TOKEN must be printable ASCII/);
      expect(parse).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret') }));
    }
  });

  it('refuses the same settings when the server is started from code', async () => {
    const start = (upstreamUrl: string, accessToken: string) =>
      startDemoServer({ publicDir: app.dir, upstreamUrl, accessToken, config: { mode: 'tmdb' } });
    await expect(start('http://user:pass@127.0.0.1:1', TOKEN)).rejects.toThrow(DemoOptionsError);
    await expect(start('http://127.0.0.1:1/api', TOKEN)).rejects.toThrow(/origin only/);
    await expect(start('http://127.0.0.1:1', 'tökén')).rejects.toThrow(/printable ASCII/);
  });

  it('takes extra host names from DEMO_ALLOWED_HOSTS and refuses ones with ports or schemes', () => {
    expect(parseServerOptions([], { DEMO_ALLOWED_HOSTS: 'demo.test, [::2]' })).toMatchObject({
      allowedHosts: ['demo.test', '[::2]'],
    });
    expect(() => parseServerOptions([], { DEMO_ALLOWED_HOSTS: 'http://demo.test' })).toThrow(
      /DEMO_ALLOWED_HOSTS/,
    );
  });
});
