// The gaps a probe of the client found, each closed and proved against a real server on 127.0.0.1:
// malformed credentials and base URLs, secrets in cause chains and short secrets, redirects, oversized
// bodies, and a login that answers without a session id.
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, loginWithPassword, TmdbError, toTmdbError, withSession } from '../src/index.js';
import { API_KEY, configuration, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

/** Everything an error can show: message, stack, inspection (causes included, deep) and JSON. */
function everythingIn(error: unknown): string {
  return `${String(error)}\n${error instanceof Error ? error.stack : ''}\n${inspect(error, { depth: 20 })}\n${JSON.stringify(error)}`;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (reason: unknown) => reason,
  );
}

function thrownBy(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    return error;
  }
  throw new Error('expected createTmdbClient to throw');
}

describe('malformed credentials and base URLs are refused up front, without quoting them', () => {
  it.each([
    ['a token with a trailing newline', { accessToken: `${TOKEN}\n` }, TOKEN],
    [
      'a token with an embedded NUL',
      { accessToken: `${TOKEN.slice(0, 20)}\0${TOKEN.slice(20)}` },
      TOKEN.slice(0, 20),
    ],
    ['a token with a space', { accessToken: `Bearer ${TOKEN}` }, TOKEN],
    ['a key with a carriage return', { apiKey: `${API_KEY}\r` }, API_KEY],
    ['a key with non-ASCII', { apiKey: `${API_KEY}é` }, API_KEY],
  ])('%s', async (_, credentials, secret) => {
    const server = await serve((_request, response) => json(response, 200, configuration));
    const error = thrownBy(() => createTmdbClient({ ...credentials, baseUrl: server.baseUrl }));
    expect(error).toBeInstanceOf(TypeError);
    expect(everythingIn(error)).not.toContain(secret);
    expect(String(error)).toMatch(/accessToken|apiKey/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a base URL with a user and password, quoting neither', async () => {
    const server = await serve((_request, response) => json(response, 200, configuration));
    const withPassword = server.baseUrl.replace('http://', 'http://ada:s3cret-pass@');
    const error = thrownBy(() => createTmdbClient({ apiKey: API_KEY, baseUrl: withPassword }));
    expect(error).toBeInstanceOf(TypeError);
    expect(everythingIn(error)).not.toContain('s3cret-pass');
    expect(everythingIn(error)).not.toContain(API_KEY);
    expect(String(error)).toContain('baseUrl');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a base URL with a query string or fragment', () => {
    expect(() =>
      createTmdbClient({ accessToken: TOKEN, baseUrl: 'https://example.test/?api_key=1' }),
    ).toThrow(/baseUrl/);
    expect(() => createTmdbClient({ accessToken: TOKEN, baseUrl: 'https://example.test/#x' })).toThrow(
      /baseUrl/,
    );
  });
});

describe('redaction covers cause chains and short secrets', () => {
  it('hides the key in a cause chain (a URL in a nested error, a headers object)', async () => {
    const server = await serve((_request, response) => json(response, 200, configuration));
    const tmdb = createTmdbClient({
      apiKey: API_KEY,
      baseUrl: server.baseUrl,
      retry: false,
      fetch: async (input) => {
        const url = typeof input === 'string' ? input : input.url;
        const headers = new Headers({ 'x-echo': `key=${API_KEY}` });
        throw new TypeError('fetch failed', {
          cause: new Error(`connect ECONNREFUSED for ${url}`, {
            cause: { url: new URL(url), headers, attempts: [{ url }] },
          }),
        });
      },
    });

    const error = await failure(tmdb.GET('/3/configuration'));
    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'network', path: '/3/configuration' });
    expect(everythingIn(error)).not.toContain(API_KEY);
    // What was there is still there, the secret aside.
    expect(inspect(error, { depth: 20 })).toContain('ECONNREFUSED');
    expect(inspect(error, { depth: 20 })).toContain('[redacted]');
  });

  it('hides the key in a DOMException and through a cause chain that loops', async () => {
    const server = await serve((_request, response) => json(response, 200, configuration));
    const tmdb = createTmdbClient({
      apiKey: API_KEY,
      baseUrl: server.baseUrl,
      retry: false,
      fetch: async (input) => {
        const url = typeof input === 'string' ? input : input.url;
        const outer = new Error(`gave up on ${url}`);
        const inner = new Error('retrying', { cause: outer });
        Object.defineProperty(outer, 'cause', { value: inner });
        throw new Error('fetch failed', {
          cause: [new DOMException(`blocked ${url}`, 'NetworkError'), inner],
        });
      },
    });

    const error = await failure(tmdb.GET('/3/configuration'));
    expect(error).toMatchObject({ kind: 'network' });
    expect(everythingIn(error)).not.toContain(API_KEY);
    expect(inspect(error, { depth: 20 })).toContain('NetworkError');
  });

  it('hides a session id shorter than 8 characters wherever a server echoes it', async () => {
    const server = await serve((request, response) =>
      json(response, 401, tmdbError(3, `Session ${request.query.get('session_id')} is not valid`)),
    );
    const user = withSession(
      createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false }),
      'Zq7#',
    );

    const { error } = await user.GET('/3/account/{account_id}', { params: { path: { account_id: 1 } } });
    expect(server.requests[0]?.query.get('session_id')).toBe('Zq7#');
    expect(JSON.stringify(error)).not.toContain('Zq7#');
    expect(JSON.stringify(error)).not.toContain(encodeURIComponent('Zq7#'));
    const normalised = toTmdbError({ error, response: new Response(null, { status: 401 }) });
    expect(normalised.status_message).toBe('Session [redacted] is not valid');
  });
});

describe('redirects are errors', () => {
  it.each([
    ['to another origin', true],
    ['to the same origin', false],
  ])('a 302 %s fails with an invalid-response error and is not followed', async (_, elsewhere) => {
    const other = await serve((_request, response) => json(response, 200, configuration));
    const server = await serve((request, response) => {
      if (request.path === '/moved/3/configuration') return json(response, 200, configuration);
      response.writeHead(302, { location: `${elsewhere ? other.baseUrl : ''}/moved${request.url}` });
      response.end();
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl });

    const error = await failure(tmdb.GET('/3/configuration'));
    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 302, path: '/3/configuration' });
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('also refuses an answer a custom fetch got by following a redirect itself', async () => {
    const server = await serve((_request, response) => json(response, 200, configuration));
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      fetch: async (input) => {
        const response = await fetch(typeof input === 'string' ? input : input.url);
        Object.defineProperty(response, 'redirected', { value: true });
        return response;
      },
    });
    await expect(tmdb.GET('/3/configuration')).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('response size cap', () => {
  it('fails a body over maxResponseBytes with a typed error, whatever the declared length', async () => {
    const big = JSON.stringify({
      ...configuration,
      change_keys: Array.from({ length: 40_000 }, () => 'padding'),
    });
    const server = await serve((request, response) => {
      // Without a content-length the body is streamed in chunks; with one it is refused before reading.
      if (request.query.has('chunked')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        for (let offset = 0; offset < big.length; offset += 16_384)
          response.write(big.slice(offset, offset + 16_384));
        response.end();
      } else {
        json(response, 200, JSON.parse(big));
      }
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, maxResponseBytes: 100_000 });

    for (const query of ['', 'chunked=1']) {
      const error = await failure(
        tmdb.GET('/3/configuration', {
          params: {},
          querySerializer: () => query,
        }),
      );
      expect(error).toBeInstanceOf(TmdbError);
      expect(error).toMatchObject({
        kind: 'invalid-response',
        status: 200,
        path: '/3/configuration',
        status_message: expect.stringContaining('maxResponseBytes'),
      });
    }
    // Under the cap, the same answer is fine.
    const roomy = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      maxResponseBytes: 1_000_000,
    });
    expect((await roomy.GET('/3/configuration')).data?.change_keys).toHaveLength(40_000);
  });

  it('stops a gzip bomb at the cap, counting decompressed bytes', async () => {
    // 64 MB of zeros compress to about 64 kB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      maxResponseBytes: 1024 * 1024,
    });
    const before = process.memoryUsage().arrayBuffers;

    await expect(tmdb.GET('/3/configuration')).rejects.toMatchObject({ kind: 'invalid-response' });
    // Far less than the 64 MB the body would have grown to.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('rejects a cap that is not a positive number', () => {
    expect(() => createTmdbClient({ accessToken: TOKEN, maxResponseBytes: 0 })).toThrow(TypeError);
  });
});

describe('loginWithPassword', () => {
  it.each([
    ['the new session', '/3/authentication/session/new'],
    ['the request token', '/3/authentication/token/new'],
    ['the validated token', '/3/authentication/token/validate_with_login'],
  ])('fails when %s comes back without its id (200 {})', async (_, emptyAt) => {
    const server = await serve((request, response) => {
      if (request.path === emptyAt) return json(response, 200, {});
      if (request.path === '/3/authentication/session/new')
        return json(response, 200, { success: true, session_id: 'session-0123456789' });
      json(response, 200, { success: true, expires_at: '2030-01-01 00:00:00 UTC', request_token: 'token-1' });
    });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl });

    const error = await failure(loginWithPassword(tmdb, { username: 'ada', password: 'correct-horse' }));
    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(server.requests.at(-1)?.path).toBe(emptyAt);
  });
});
