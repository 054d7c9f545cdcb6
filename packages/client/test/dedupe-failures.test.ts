// A shared request that fails fails every caller that shares it, with the same error and no second request:
// only the first caller's own abort sends the others off on their own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, TmdbError } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('a shared request that fails', () => {
  it('fails every caller with the network error, sending nothing more', async () => {
    let cut: () => void = () => {};
    const cutting = new Promise<void>((resolve) => {
      cut = resolve;
    });
    // Holds the first request, then resets its connection; any later request would be answered.
    server = await startServer(async (request, response) => {
      if (server.requests.length === 1) {
        await cutting;
        response.socket?.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 1, title: `answered ${request.path}` }));
    });
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      rateLimit: false,
      retry: false,
    });
    const details = () => tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } });

    const calls = [details(), details(), details()].map((call) =>
      call.then(
        () => 'answered',
        (error: unknown) => (error instanceof TmdbError ? error.kind : String(error)),
      ),
    );
    await vi.waitUntil(() => server.requests.length === 1, { timeout: 5_000 });
    cut();

    expect(await Promise.all(calls)).toEqual(['network', 'network', 'network']);
    expect(server.requests).toHaveLength(1);
  });
});
