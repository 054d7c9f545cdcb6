import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type RetryEvent, type RetryOptions, TmdbError } from '../src/index.js';
import { movieDetails, TOKEN, tmdbError } from './support/fixtures.js';
import { type Handler, hang, json, reset, sequence, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await server?.close();
});

const ok: Handler = (_request, response) => json(response, 200, movieDetails(1));
const unavailable: Handler = (_request, response) => json(response, 503, tmdbError(46, 'Maintenance.'));
const tooMany =
  (headers: Record<string, string> = {}): Handler =>
  (_request, response) =>
    json(response, 429, tmdbError(25, 'Slow down.'), headers);

/**
 * A client whose retries are observed: `retried(n)` resolves once the n-th retry is scheduled (fake clocks
 * must not be advanced by polling, so tests wait on this instead). Tiny delays keep real-timer tests fast.
 */
function client(retry: RetryOptions = {}, extra: { timeout?: number } = {}) {
  const events: RetryEvent[] = [];
  const waiting = new Map<number, () => void>();
  const tmdb = createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    retry: {
      baseDelay: 1,
      ...retry,
      onRetry: (event) => {
        events.push(event);
        waiting.get(events.length)?.();
      },
    },
    ...extra,
  });
  const details = (init: { signal?: AbortSignal } = {}) =>
    tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } }, ...init });
  const retried = (count: number) =>
    events.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(count, resolve));
  return { tmdb, events, details, retried };
}

describe('retries', () => {
  it('retries a 503 and returns the following 200', async () => {
    server = await startServer(sequence(unavailable, ok));
    const { details, events } = client();

    const { data } = await details();

    expect(data?.id).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(events).toMatchObject([{ attempt: 1, reason: 503, method: 'GET' }]);
  });

  it.each([502, 504])('retries a %i', async (status) => {
    server = await startServer(
      sequence((_request, response) => json(response, status, tmdbError(0, 'x')), ok),
    );
    const { details } = client();
    expect((await details()).data?.id).toBe(1);
  });

  it('retries a connection reset', async () => {
    server = await startServer(sequence(reset, reset, ok));
    const { details, events } = client();

    expect((await details()).data?.id).toBe(1);
    expect(events.map((event) => event.reason)).toEqual(['network', 'network']);
  });

  it('retries a timed-out attempt', async () => {
    server = await startServer(sequence(hang, ok));
    const { details, events } = client({}, { timeout: 100 });

    expect((await details()).data?.id).toBe(1);
    expect(events.map((event) => event.reason)).toEqual(['timeout']);
  });

  it('gives up after the configured retries and returns the last answer', async () => {
    server = await startServer(unavailable);
    const { details } = client({ retries: 2 });

    const { error, response } = await details();

    expect(response.status).toBe(503);
    expect(error).toMatchObject({ status_code: 46 });
    expect(server.requests).toHaveLength(3);
  });

  it('throws the last network error once retries run out', async () => {
    server = await startServer(reset);
    const { details } = client({ retries: 1 });

    await expect(details()).rejects.toMatchObject({ name: 'TmdbError', kind: 'network' });
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 404, 422])('never retries a %i', async (status) => {
    server = await startServer((_request, response) => json(response, status, tmdbError(34, 'No.')));
    const { details } = client();

    expect((await details()).response.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a POST by default, but does when configured to', async () => {
    server = await startServer(
      sequence(unavailable, (_request, response) =>
        json(response, 201, { success: true, status_code: 1, status_message: 'ok' }),
      ),
    );
    const post = (tmdb: ReturnType<typeof client>['tmdb']) =>
      tmdb.POST('/3/movie/{movie_id}/rating', {
        params: { path: { movie_id: 1 }, query: { guest_session_id: 'guest-0001' } },
        body: { value: 7 },
      });

    expect((await post(client().tmdb)).response.status).toBe(503);
    expect(server.requests).toHaveLength(1);

    const { response } = await post(client({ methods: ['POST'] }).tmdb);
    expect(response.status).toBe(201);
    // The body is sent again in full on the retry.
    expect(server.requests.map((request) => request.body)).toEqual(['{"value":7}', '{"value":7}']);
  });

  it('can be switched off', async () => {
    server = await startServer(sequence(unavailable, ok));
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
    });

    expect((await tmdb.GET('/3/configuration')).response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('stops waiting as soon as the caller aborts during a backoff', async () => {
    server = await startServer(unavailable);
    const { details } = client({ baseDelay: 60_000, maxDelay: 60_000 });
    const controller = new AbortController();

    const pending = details({ signal: controller.signal });
    await vi.waitUntil(() => server.requests.length === 1);
    controller.abort(new Error('user navigated away'));

    await expect(pending).rejects.toThrow('user navigated away');
    expect(server.requests).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  // Fake clocks make the waits instant and exact; the HTTP exchanges stay real.
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

  it('waits exactly the seconds a 429 asks for', async () => {
    server = await startServer(sequence(tooMany({ 'retry-after': '3' }), ok));
    const { details, events, retried } = client();
    fakeClock();

    const pending = details();
    await retried(1);
    expect(events[0]).toMatchObject({ reason: 429, delay: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect((await pending).data?.id).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('understands an HTTP date', async () => {
    fakeClock();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    server = await startServer(sequence(tooMany({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), ok));
    const { details, events, retried } = client();

    const pending = details();
    await retried(1);
    expect(events[0]?.delay).toBe(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await pending).data?.id).toBe(1);
  });

  it('backs off exponentially with jitter when a 429 gives no Retry-After', async () => {
    server = await startServer(sequence(tooMany(), tooMany(), tooMany(), ok));
    const { details, events, retried } = client({ baseDelay: 100 });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    fakeClock();

    const pending = details();
    for (let retry = 1; retry <= 3; retry++) {
      await retried(retry);
      await vi.advanceTimersByTimeAsync(events[retry - 1]?.delay ?? 0);
    }

    expect((await pending).data?.id).toBe(1);
    expect(events.map((event) => event.delay)).toEqual([50, 100, 200]);
  });

  it('does not wait longer than maxDelay: a longer Retry-After ends the retries', async () => {
    server = await startServer(tooMany({ 'retry-after': '3600' }));
    const { details, events } = client({ maxDelay: 30_000 });

    const { response } = await details();
    expect(response.status).toBe(429);
    expect(events).toHaveLength(0);
  });

  it('keeps all attempts and waits within maxElapsed', async () => {
    server = await startServer(tooMany({ 'retry-after': '2' }));
    const { details, retried } = client({ maxElapsed: 5_000, retries: 10 });
    fakeClock();

    const pending = details();
    await retried(1);
    await vi.advanceTimersByTimeAsync(2000);
    await retried(2);
    await vi.advanceTimersByTimeAsync(2000);

    // A third wait of 2 s would end after 6 s, past the 5 s budget.
    expect((await pending).response.status).toBe(429);
    expect(server.requests).toHaveLength(3);
  });
});

it('exposes TmdbError for thrown failures', () => {
  expect(new TmdbError({ kind: 'timeout', method: 'GET' })).toBeInstanceOf(Error);
});
