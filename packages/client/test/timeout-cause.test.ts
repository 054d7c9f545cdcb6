// What a timed-out attempt tells its reader about the deadline that ended it.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('a timed-out attempt', () => {
  it('carries the deadline as its cause: a TimeoutError naming the limit', async () => {
    server = await startServer(() => new Promise(() => {}));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false, timeout: 50 });
    const error = await tmdb.GET('/3/configuration').catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as { cause: unknown }).cause).toMatchObject({
      name: 'TimeoutError',
      message: 'timed out after 50 ms',
    });
  });
});
