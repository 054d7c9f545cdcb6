import { describe, expectTypeOf, it } from 'vitest';
import type { ImageUrls } from '../../src/index.js';

declare const urls: ImageUrls;
declare const maybe: string | null;

describe('url(kind, path, size) types', () => {
  it('returns string for a string path and string | null otherwise', () => {
    expectTypeOf(urls.url('poster', '/p.jpg', 'w500')).toEqualTypeOf<string>();
    expectTypeOf(urls.url('poster', maybe, 'w500')).toEqualTypeOf<string | null>();
  });

  it('accepts only the sizes of the kind', () => {
    // @ts-expect-error h632 is a profile size, not a backdrop size
    urls.url('backdrop', '/b.jpg', 'h632');
    // @ts-expect-error no such kind
    urls.url('banner', '/b.jpg', 'w300');
    urls.url('profile', '/f.jpg', 'h632');
  });
});
