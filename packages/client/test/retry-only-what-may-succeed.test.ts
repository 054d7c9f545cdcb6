// Which failures the client tries again: only those another attempt may fix. A refused redirect will be
// refused again, a timeout is retried only while `retryTimeouts` allows it, only the statuses asked for
// are retried, and a caller's abort ends the call at once whatever its reason.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, type RetryEvent, type RetryOptions } from '../src/index.js';
import { configuration, TOKEN, tmdbError } from './support/fixtures.js';
import { hang, json, reset, sequence, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

function client(retry: RetryOptions, timeout = 10_000) {
  const events: RetryEvent[] = [];
  const tmdb = createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    timeout,
    retry: { baseDelay: 1, ...retry, onRetry: (event) => events.push(event) },
  });
  return { tmdb, events };
}

const ok = sequence((_request, response) => json(response, 200, configuration));

describe('an attempt that failed', () => {
  it('is not repeated when its answer is a redirect: it would be refused again', async () => {
    server = await startServer(
      sequence((_request, response) => {
        response.writeHead(307, { location: '/3/configuration' });
        response.end();
      }, ok),
    );
    const { tmdb, events } = client({});
    const error = await thrown(tmdb.GET('/3/configuration'));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 307 });
    expect(events).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('is not repeated after a timeout when retryTimeouts is false', async () => {
    server = await startServer(sequence(hang, ok));
    const { tmdb, events } = client({ retryTimeouts: false }, 200);
    const error = await thrown(tmdb.GET('/3/configuration'));
    expect(error).toMatchObject({ kind: 'timeout', status_message: 'no response within 200 ms' });
    expect(events).toEqual([]);
  });

  it('is still repeated after a network failure when retryTimeouts is false', async () => {
    server = await startServer(sequence(reset, ok));
    const { tmdb, events } = client({ retryTimeouts: false });
    expect((await tmdb.GET('/3/configuration')).data).toEqual(configuration);
    expect(events.map((event) => event.reason)).toEqual(['network']);
  });

  it('is repeated for the statuses asked for, and only those', async () => {
    const answer = (status: number) =>
      sequence((_request, response) => json(response, status, tmdbError(11, 'Internal error.')), ok);
    server = await startServer(answer(500));
    const { tmdb, events } = client({ statuses: [500] });
    expect((await tmdb.GET('/3/configuration')).data).toEqual(configuration);
    expect(events).toMatchObject([{ method: 'GET', attempt: 1, reason: 500 }]);
    await server.close();

    server = await startServer(answer(503));
    const other = client({ statuses: [500] });
    expect((await other.tmdb.GET('/3/configuration')).response.status).toBe(503);
    expect(other.events).toEqual([]);
  });
});

describe('a caller abort while retries are on', () => {
  it('rejects with the standard AbortError for a null reason, and sends nothing more', async () => {
    server = await startServer(hang);
    const { tmdb, events } = client({});
    const controller = new AbortController();
    const call = tmdb.GET('/3/configuration', { signal: controller.signal });
    setTimeout(() => controller.abort(null), 20);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(events).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});
