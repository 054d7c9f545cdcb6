// A refused answer (a redirect, a body over maxResponseBytes) is reported as what it is, even when the
// attempt's deadline passes while the client is still letting go of that answer's body: a connection
// that is slow to close must not turn "redirect refused" into a timeout, which would be retried.
import { describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { thrown } from './support/thrown.js';

/** A body whose cancellation takes `ms`, as a connection slow to close does. */
const slowToCancel = (ms: number, first?: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      if (first) controller.enqueue(first);
    },
    cancel: () => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  });

const client = (fetch: FetchFunction) =>
  createTmdbClient({
    accessToken: TOKEN,
    baseUrl: 'https://api.example.test',
    fetch,
    rateLimit: false,
    retry: false,
    timeout: 20,
    maxResponseBytes: 10,
  });

describe('an answer refused while the deadline passes', () => {
  it('is still a refused redirect', async () => {
    const tmdb = client(
      async () => new Response(slowToCancel(150), { status: 302, headers: { location: '/elsewhere' } }),
    );
    expect(await thrown(tmdb.GET('/3/configuration'))).toMatchObject({
      kind: 'invalid-response',
      status: 302,
      status_message: 'redirect refused: TMDB does not redirect API calls',
    });
  });

  it('is still a body over maxResponseBytes, declared or counted', async () => {
    const declared = client(
      async () => new Response(slowToCancel(150), { headers: { 'content-length': '1000' } }),
    );
    const counted = client(async () => new Response(slowToCancel(150, new Uint8Array(11))));
    for (const tmdb of [declared, counted]) {
      expect(await thrown(tmdb.GET('/3/configuration'))).toMatchObject({
        kind: 'invalid-response',
        status: 200,
        status_message: 'response body over maxResponseBytes (10 bytes)',
      });
    }
  });
});
