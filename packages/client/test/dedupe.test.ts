import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { movieDetails, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

/** A server that holds every answer until `release()`, so calls are truly concurrent. */
async function gatedServer() {
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  server = await startServer(async (request, response) => {
    await gate;
    json(response, 200, movieDetails(Number(request.path.split('/').pop())));
  });
  return open;
}

function client(dedupe?: boolean) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: false,
    retry: false,
    dedupe,
  });
}

const details = (tmdb: ReturnType<typeof client>, id: number, signal?: AbortSignal) =>
  tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: id } }, signal });

describe('in-flight GET de-duplication', () => {
  it('sends identical concurrent GETs once and gives every caller its own answer', async () => {
    const release = await gatedServer();
    const tmdb = client();

    const calls = [details(tmdb, 1), details(tmdb, 1), details(tmdb, 1), details(tmdb, 2)];
    await vi.waitUntil(() => server.requests.length === 2);
    release();
    const results = await Promise.all(calls);

    expect(results.map((result) => result.data?.id)).toEqual([1, 1, 1, 2]);
    expect(server.requests.map((request) => request.path)).toEqual(['/3/movie/1', '/3/movie/2']);
    // Independent objects: one caller changing its data cannot affect another's.
    expect(results[0]?.data).not.toBe(results[1]?.data);
  });

  it('sends again once the first call has finished', async () => {
    const release = await gatedServer();
    release();
    const tmdb = client();
    await details(tmdb, 1);
    await details(tmdb, 1);
    expect(server.requests).toHaveLength(2);
  });

  it('lets a caller that joined abort alone, leaving the shared request alone', async () => {
    const release = await gatedServer();
    const tmdb = client();
    const controller = new AbortController();

    const first = details(tmdb, 1);
    const joined = details(tmdb, 1, controller.signal);
    await vi.waitUntil(() => server.requests.length === 1);
    controller.abort(new Error('left the page'));
    release();

    await expect(joined).rejects.toThrow('left the page');
    expect((await first).data?.id).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('sends again for the callers that joined when the first caller aborts', async () => {
    const release = await gatedServer();
    const tmdb = client();
    const controller = new AbortController();

    const first = details(tmdb, 1, controller.signal);
    const joined = details(tmdb, 1);
    await vi.waitUntil(() => server.requests.length === 1);
    controller.abort(new Error('left the page'));

    await expect(first).rejects.toThrow('left the page');
    await vi.waitUntil(() => server.requests.length === 2);
    release();
    expect((await joined).data?.id).toBe(1);
  });

  it('cancels the shared request when every caller has aborted', async () => {
    await gatedServer();
    const tmdb = client();
    const first = new AbortController();
    const second = new AbortController();
    const calls = [details(tmdb, 1, first.signal), details(tmdb, 1, second.signal)];
    await vi.waitUntil(() => server.requests.length === 1);

    first.abort(new Error('gone'));
    second.abort(new Error('gone too'));
    await expect(calls[0]).rejects.toThrow('gone');
    await expect(calls[1]).rejects.toThrow('gone too');
    // The connection is closed by the client, so the server's response ends without being sent.
    await vi.waitUntil(() => server.inFlight.now === 0);
  });

  it('does not share requests with a body or other methods, and can be switched off', async () => {
    const release = await gatedServer();
    const tmdb = client();
    const session = { session_id: 'session-5f0c' };
    // Identical pairs, each in flight together: a DELETE and a POST without a body, a POST with one.
    const calls = [1, 2].flatMap(() => [
      tmdb.DELETE('/3/movie/{movie_id}/rating', { params: { path: { movie_id: 1 }, query: session } }),
      tmdb.POST('/3/list/{list_id}/clear', {
        params: { path: { list_id: 2 }, query: { ...session, confirm: true } },
      }),
      tmdb.POST('/3/movie/{movie_id}/rating', { params: { path: { movie_id: 3 } }, body: { value: 8 } }),
    ]);
    await vi.waitUntil(() => server.requests.length === 6, { timeout: 5_000 });
    release();
    await Promise.all(calls);
    expect(server.requests.map((request) => `${request.method} ${request.path}`).sort()).toEqual([
      'DELETE /3/movie/1/rating',
      'DELETE /3/movie/1/rating',
      'POST /3/list/2/clear',
      'POST /3/list/2/clear',
      'POST /3/movie/3/rating',
      'POST /3/movie/3/rating',
    ]);

    const off = client(false);
    await Promise.all([details(off, 1), details(off, 1)]);
    expect(server.requests).toHaveLength(8);
  });
});
