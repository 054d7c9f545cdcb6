// Answers the transport reads in full before handing them on: one a custom fetch gives without any body,
// and a compressed one that inflates into many pieces, which must come back whole and in order.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { gzippedJson, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('an answer without a body', () => {
  it('from a custom fetch, is an empty answer rather than a failure', async () => {
    const fetch: FetchFunction = async () => new Response(null, { status: 200 });
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: 'https://api.example.test',
      fetch,
      retry: false,
      rateLimit: false,
    });
    const { data, error, response } = await tmdb.GET('/3/configuration');
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
    expect(await response.text()).toBe('');
  });
});

describe('a compressed answer within maxResponseBytes', () => {
  it('arrives whole, every inflated piece in its place', async () => {
    // Far more than one inflated chunk (16 KiB each), each key different, so a piece out of place shows.
    const big = { ...configuration, change_keys: Array.from({ length: 20_000 }, (_, i) => `key-${i}`) };
    server = await startServer(gzippedJson(big).handler);
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const { data } = await tmdb.GET('/3/configuration');
    expect(data?.change_keys).toHaveLength(20_000);
    expect(data).toEqual(big);
  });
});
