// Image URLs at their edges: base URLs with several trailing slashes, empty paths, the exact messages of a
// refused size, and how long (and across which failures) the fetched configuration is reused.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImageUrls, createTmdbClient, imageUrls } from '../src/index.js';
import { configuration, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

describe('createImageUrls', () => {
  it('drops every trailing slash of the secure base URL, and only those', () => {
    const { baseUrl, imageUrl, url } = createImageUrls({
      ...configuration.images,
      secure_base_url: 'https://images.example.test//t/p///',
    });
    expect(baseUrl).toBe('https://images.example.test//t/p');
    expect(imageUrl('/a.jpg', 'w92')).toBe('https://images.example.test//t/p/w92/a.jpg');
    expect(url('still', 'b.jpg', 'w92')).toBe('https://images.example.test//t/p/w92/b.jpg');
  });

  it('uses the secure base URL as it is when it has no trailing slash', () => {
    const { baseUrl } = createImageUrls({ ...configuration.images, secure_base_url: 'https://img.test/t/p' });
    expect(baseUrl).toBe('https://img.test/t/p');
  });

  it('gives null for an empty path from imageUrl (a response with "" has no image)', () => {
    const { imageUrl } = createImageUrls(configuration.images);
    expect(imageUrl('', 'w92')).toBeNull();
  });

  it('offers, in imageUrl, the sizes of every kind and nothing else', () => {
    const { imageUrl } = createImageUrls(configuration.images);
    // w300 is a backdrop size only, w45 a logo and profile size only.
    expect(imageUrl('/a.jpg', 'w300')).toBe('https://images.example.test/t/p/w300/a.jpg');
    expect(imageUrl('/a.jpg', 'w45')).toBe('https://images.example.test/t/p/w45/a.jpg');
    expect(() => imageUrl('/a.jpg', 'h632')).toThrow(
      new RangeError("TMDB's configuration offers no image size h632"),
    );
  });

  it('names the kind and the size it refuses in url()', () => {
    const { url } = createImageUrls(configuration.images);
    expect(() => url('logo', '', 'w45')).toThrow(new RangeError('an empty logo image path'));
    const untyped: (kind: 'poster', path: string, size: string) => unknown = (kind, path, size) =>
      Reflect.apply(url, undefined, [kind, path, size]);
    expect(() => untyped('poster', '/p.jpg', 'w300')).toThrow(
      new RangeError("TMDB's configuration offers no poster image size w300"),
    );
  });

  it('gives each kind its own sizes', () => {
    const { sizes } = createImageUrls(configuration.images);
    expect(sizes).toEqual({
      backdrop: ['w300', 'original'],
      logo: ['w45', 'original'],
      poster: ['w92', 'w500', 'original'],
      profile: ['w45', 'original'],
      still: ['w92', 'original'],
    });
  });
});

describe('imageUrls (the fetched configuration)', () => {
  async function configurationServer(answer: (response: ServerResponse, index: number) => void) {
    let index = 0;
    server = await startServer((_request, response) => answer(response, index++));
    return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false, dedupe: false });
  }

  it('is reused for a day by default, and fetched again once the day is over', async () => {
    const tmdb = await configurationServer((response) => json(response, 200, configuration));
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-28T12:00:00Z') });

    const first = await imageUrls(tmdb);
    expect(server.requests[0]?.path).toBe('/3/configuration');
    vi.setSystemTime(Date.parse('2026-11-29T11:59:59.999Z'));
    expect(await imageUrls(tmdb)).toBe(first);
    expect(server.requests).toHaveLength(1);

    vi.setSystemTime(Date.parse('2026-11-29T12:00:00Z'));
    const next = await imageUrls(tmdb);
    expect(next).not.toBe(first);
    expect(server.requests).toHaveLength(2);
  });

  it('is reused for ttl ms, not one ms longer', async () => {
    const tmdb = await configurationServer((response) => json(response, 200, configuration));
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000_000 });

    await imageUrls(tmdb, { ttl: 500 });
    vi.setSystemTime(1_000_499);
    await imageUrls(tmdb, { ttl: 500 });
    expect(server.requests).toHaveLength(1);
    vi.setSystemTime(1_000_500);
    await imageUrls(tmdb, { ttl: 500 });
    expect(server.requests).toHaveLength(2);
  });

  it('keeps a newer configuration when an older fetch fails after it', async () => {
    let failFirst: () => void = () => {};
    const tmdb = await configurationServer((response, index) => {
      if (index > 0) return json(response, 200, configuration);
      // The first fetch answers only once the second has been cached.
      failFirst = () => json(response, 401, tmdbError(7, 'Invalid API key.'));
    });
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000_000 });

    const older = imageUrls(tmdb, { ttl: 10 });
    const olderSettled = older.then(
      () => 'resolved',
      () => 'rejected',
    );
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    vi.setSystemTime(1_000_010);
    const newer = await imageUrls(tmdb, { ttl: 10 });
    failFirst();
    expect(await olderSettled).toBe('rejected');

    expect(await imageUrls(tmdb, { ttl: 10 })).toBe(newer);
    expect(server.requests).toHaveLength(2);
  });
});
