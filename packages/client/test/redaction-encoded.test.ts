// A secret travels URL-encoded in query strings (`api_key`, `session_id`), so a server or a `fetch` that
// echoes the URL shows the encoded form. A secret whose characters encode differently (`+`, `/`, `=`) is the
// only way to see that form hidden too: the other tests' secrets read the same either way.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, orThrow, withSession } from '../src/index.js';
import { TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

const API_KEY = 'key+with/special=chars';
const SESSION = 'session/with+special=chars';

/** Everything an error can show: message, stack, inspection (with causes) and JSON. */
function everythingIn(error: unknown): string {
  return `${String(error)}\n${error instanceof Error ? error.stack : ''}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
}

/** The secret as written and in each encoding a URL gives it. */
const formsOf = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  new URLSearchParams([['', secret]]).toString().slice(1),
];

const quiet = { rateLimit: false, retry: false } as const;

describe('URL-encoded secrets in errors', () => {
  it('hides an API key that a server echoes back as it saw it in the URL', async () => {
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(7, `Rejected ${request.url}`)),
    );
    const tmdb = createTmdbClient({ apiKey: API_KEY, baseUrl: server.baseUrl, ...quiet });

    const { error } = await tmdb.GET('/3/configuration');
    const thrownError = await thrown(orThrow(tmdb.GET('/3/configuration')));

    // The server did see the encoded key: that is what must not come back.
    expect(server.requests[0]?.url).toContain(encodeURIComponent(API_KEY));
    expect(error?.status_message).toBe('Rejected /3/configuration?api_key=[redacted]');
    for (const form of formsOf(API_KEY)) {
      expect(JSON.stringify(error)).not.toContain(form);
      expect(everythingIn(thrownError)).not.toContain(form);
    }
  });

  it('hides an API key in the URL a custom fetch puts into its own error', async () => {
    const tmdb = createTmdbClient({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9',
      ...quiet,
      fetch: async (input) => {
        throw new TypeError(`request to ${typeof input === 'string' ? input : input.url} failed`);
      },
    });

    const error = await thrown(tmdb.GET('/3/configuration'));

    expect(error.kind).toBe('network');
    expect(error.message).toContain('api_key=[redacted]');
    for (const form of formsOf(API_KEY)) expect(everythingIn(error)).not.toContain(form);
  });

  it('hides a session id that a server echoes back as it saw it in the URL', async () => {
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(3, `bad session in ${request.url}`)),
    );
    const session = withSession(
      createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, ...quiet }),
      SESSION,
    );

    const error = await thrown(
      orThrow(session.GET('/3/account/{account_id}', { params: { path: { account_id: 1 } } })),
    );

    expect(server.requests[0]?.query.get('session_id')).toBe(SESSION);
    expect(server.requests[0]?.url).not.toContain(SESSION);
    for (const form of formsOf(SESSION)) expect(everythingIn(error)).not.toContain(form);
    expect(error.status_message).toContain('[redacted]');
  });
});
