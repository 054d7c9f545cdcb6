import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImageUrls, createTmdbClient, imageUrls, withSession } from '../src/index.js';
import { configuration, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

describe('image URLs', () => {
  const { imageUrl, sizes, baseUrl } = createImageUrls(configuration.images);

  it('joins the secure base URL, the size and the path', () => {
    expect(baseUrl).toBe('https://images.example.test/t/p');
    expect(imageUrl('/poster-1.jpg', 'w500')).toBe('https://images.example.test/t/p/w500/poster-1.jpg');
    expect(imageUrl('poster-1.jpg', 'original')).toBe(
      'https://images.example.test/t/p/original/poster-1.jpg',
    );
    expect(sizes.poster).toEqual(['w92', 'w500', 'original']);
  });

  it('gives null for a null path (no image)', () => {
    expect(imageUrl(null, 'w92')).toBeNull();
    expect(imageUrl(undefined, 'w92')).toBeNull();
  });

  it('refuses a size the configuration does not offer', () => {
    expect(() => imageUrl('/a.jpg', 'w780')).toThrow(RangeError);
  });

  it('fetches /3/configuration once per client family and shares it', async () => {
    server = await startServer((_request, response) => json(response, 200, configuration));
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      dedupe: false,
    });

    const [first, second] = await Promise.all([
      imageUrls(tmdb),
      imageUrls(withSession(tmdb, 'session-0123456789')),
    ]);
    const third = await imageUrls(tmdb);

    expect(first.imageUrl('/x.jpg', 'w92')).toBe('https://images.example.test/t/p/w92/x.jpg');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(server.requests).toHaveLength(1);
  });

  it('fetches again after the TTL, and after a failure', async () => {
    let fail = true;
    server = await startServer((_request, response) =>
      fail ? json(response, 401, tmdbError(7, 'Invalid key.')) : json(response, 200, configuration),
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl });
    const urls = () => imageUrls(tmdb, { ttl: 1000 });

    await expect(urls()).rejects.toMatchObject({ status_code: 7 });
    fail = false;
    await urls();
    await urls();
    expect(server.requests).toHaveLength(2);
    vi.advanceTimersByTime(1001);
    await urls();
    expect(server.requests).toHaveLength(3);
    vi.useRealTimers();
  });
});
