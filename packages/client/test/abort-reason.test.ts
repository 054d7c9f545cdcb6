// A caller's abort ends the call with the caller's own reason, as `fetch` does; a falsy reason (null),
// which openapi-fetch cannot rethrow, becomes the standard AbortError rather than a crash inside the client.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('a caller abort', () => {
  it.each([
    ['an Error', new Error('user left the page')],
    ['a string', 'navigated away'],
  ])('rejects with the reason given: %s', async (_name, reason) => {
    // The server never answers, so only the abort can end the call.
    server = await startServer(() => {});
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const controller = new AbortController();
    const call = tmdb.GET('/3/configuration', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('rejects with an AbortError for a reason of %s', async (_name, reason) => {
    server = await startServer(() => {});
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const controller = new AbortController();
    const call = tmdb.GET('/3/configuration', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });
});
