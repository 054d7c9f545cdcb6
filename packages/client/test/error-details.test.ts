// What a failure tells its reader: the error's message and fields, and how long a Retry-After makes the
// client wait, for the shapes a server or a caller really produces.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, isTmdbError, orThrow, type RetryEvent, toTmdbError } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

function client() {
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

describe('TmdbError details', () => {
  it('a success without a body is an invalid response, not data', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' });
      response.end();
    });
    const error = await thrown(orThrow(client().GET('/3/configuration')));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200, status_message: 'no body' });
  });

  it('a 422 lists every validation message, and no TMDB code when it has none', async () => {
    server = await startServer((_request, response) =>
      json(response, 422, { errors: ['page must be less than or equal to 500', 'query must be provided'] }),
    );
    const error = await thrown(
      orThrow(client().GET('/3/search/movie', { params: { query: { query: '' } } })),
    );
    expect(error.message).toBe(
      'GET /3/search/movie failed (HTTP 422): page must be less than or equal to 500; query must be provided',
    );
    expect(isTmdbError(error)).toBe(true);
  });

  it('from toTmdbError: the operation fills in what the error lacks, and never replaces what it has', () => {
    const bare = toTmdbError(new Error('socket hang up'));
    expect(bare).toMatchObject({ kind: 'network', method: 'request', status_message: 'socket hang up' });
    expect(bare.message).toContain('request');

    const placed = toTmdbError(bare, { method: 'GET', path: '/3/configuration' });
    expect(placed).toMatchObject({
      method: 'GET',
      path: '/3/configuration',
      status_message: 'socket hang up',
    });
    expect(toTmdbError(placed, { method: 'POST', path: '/3/list' })).toBe(placed);

    const fromBody = toTmdbError({ status_code: 34, status_message: 'Not found.' });
    expect(fromBody).toMatchObject({ kind: 'http', method: 'request', status_code: 34 });
    expect(toTmdbError({ status_code: '34', status_message: 7 })).toMatchObject({ kind: 'network' });
  });

  it('from toTmdbError: a bare Response is an HTTP failure with its status', async () => {
    const error = toTmdbError(new Response('{}', { status: 503, statusText: 'Unavailable' }));
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(error.message).toContain('HTTP 503');
  });
});

describe('Retry-After as the client reads it', () => {
  /** The delay before the first retry of a 503 carrying `retryAfter`; the call is then abandoned. */
  async function firstDelay(retryAfter: string): Promise<number | undefined> {
    server = await startServer((_request, response) =>
      json(response, 503, { status_code: 46, status_message: 'Later.' }, { 'retry-after': retryAfter }),
    );
    const events: RetryEvent[] = [];
    const controller = new AbortController();
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: {
        baseDelay: 100,
        maxDelay: 60_000,
        onRetry: (event) => {
          events.push(event);
          controller.abort(new Error('seen enough'));
        },
      },
    });
    await tmdb.GET('/3/configuration', { signal: controller.signal }).catch(() => undefined);
    await server.close();
    return events[0]?.delay;
  }

  it.each([
    ['10', 10_000],
    ['1.25', 1_250],
  ])('reads %s as seconds', async (header, delay) => {
    expect(await firstDelay(header)).toBe(delay);
  });

  it.each(['soon', 'in 3', '3 seconds'])('ignores %s, backing off on its own instead', async (header) => {
    const delay = await firstDelay(header);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(100);
  });
});
