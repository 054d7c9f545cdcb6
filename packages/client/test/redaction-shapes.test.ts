// Secrets hide in every shape an error can carry them in: a custom fetch may attach the URL, the headers,
// lists and plain objects to its error, and a server may echo a header back JSON-escaped. None of it may show
// the secret, and what holds no secret is left as it was.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction, withSession } from '../src/index.js';
import { tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

// A token with characters that JSON and URLs escape differently.
const TOKEN = 'eyJ"quoted\\token.with/slash+plus=';

const shown = (value: unknown) => inspect(value, { depth: 30 });

/** A client whose fetch fails with `failure(request)`. */
function failingClient(failure: (request: Request) => unknown, secret = { accessToken: TOKEN }) {
  const fetch: FetchFunction = async (input) => {
    throw failure(typeof input === 'string' ? new Request(input) : input);
  };
  return createTmdbClient({
    ...secret,
    baseUrl: 'https://api.example.test',
    fetch,
    retry: false,
    rateLimit: false,
  });
}

describe('secrets inside what a failed fetch carries', () => {
  it('are hidden in URLs, headers, lists and plain objects of the cause, which keep the rest', async () => {
    const error = await thrown(
      failingClient(
        (request) =>
          new TypeError('fetch failed', {
            cause: {
              url: new URL(`https://proxy.example.test/?token=${encodeURIComponent(TOKEN)}`),
              headers: new Headers({ authorization: `Bearer ${TOKEN}`, 'x-trace': 'abc' }),
              attempts: ['first', `Bearer ${TOKEN}`],
              request: { method: request.method, nested: { auth: `Bearer ${TOKEN}` } },
            },
          }),
      ).GET('/3/configuration'),
    );
    const text = shown(error);

    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(TOKEN));
    const cause = (error.cause as { cause: Record<string, unknown> }).cause;
    expect(String(cause.url)).toContain('proxy.example.test');
    expect((cause.headers as Headers).get('x-trace')).toBe('abc');
    expect((cause.headers as Headers).get('authorization')).toBe('Bearer [redacted]');
    expect(cause.attempts).toEqual(['first', 'Bearer [redacted]']);
    expect(cause.request).toEqual({ method: 'GET', nested: { auth: 'Bearer [redacted]' } });
  });

  it('leave a cause that holds no secret as it is', async () => {
    const cause = {
      url: new URL('https://proxy.example.test/'),
      list: ['a'],
      headers: new Headers({ a: 'b' }),
    };
    const error = await thrown(
      failingClient(() => new TypeError('fetch failed', { cause })).GET('/3/configuration'),
    );
    expect((error.cause as { cause: unknown }).cause).toBe(cause);
  });

  it('are hidden in a cause chain that loops back on itself, and deep down a long one', async () => {
    const looping = new Error(`looping ${TOKEN}`);
    looping.cause = looping;
    let deep: unknown = { secret: TOKEN };
    for (let level = 0; level < 30; level++) deep = { level, deep };

    const loopError = await thrown(failingClient(() => looping).GET('/3/configuration'));
    const deepError = await thrown(
      failingClient(() => new Error('deep', { cause: deep })).GET('/3/configuration'),
    );

    expect(shown(loopError)).not.toContain(TOKEN);
    expect(shown(deepError)).not.toContain(TOKEN);
    expect(shown(deepError)).toContain('level: 29');
  });
});

describe('secrets a server echoes', () => {
  it('are hidden JSON-escaped, inside a longer string', async () => {
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(7, JSON.stringify({ authorization: request.headers.authorization }))),
    );
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    const { error } = await tmdb.GET('/3/configuration');

    expect(JSON.stringify(JSON.stringify(TOKEN)).length).toBeGreaterThan(TOKEN.length);
    expect(error?.status_message).toBe('{"authorization":"Bearer [redacted]"}');
  });

  it('are hidden whole when one secret starts with another', async () => {
    const apiKey = 'key0123456789';
    const session = `${apiKey}-and-the-session-part`;
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(3, `bad ${request.url}`)),
    );
    const user = withSession(createTmdbClient({ apiKey, baseUrl: server.baseUrl, retry: false }), session);

    const { error } = await user.GET('/3/account/{account_id}', { params: { path: { account_id: 1 } } });

    expect(JSON.stringify(error)).not.toContain('and-the-session-part');
    expect(JSON.stringify(error)).not.toContain(apiKey);
  });
});
