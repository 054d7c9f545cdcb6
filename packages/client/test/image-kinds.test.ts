// Image URLs by kind: each kind takes only its own sizes, and a string path gives a string.
import { describe, expect, it } from 'vitest';
import { createImageUrls } from '../src/index.js';
import { configuration } from './support/fixtures.js';

const { url } = createImageUrls(configuration.images);
const base = configuration.images.secure_base_url.replace(/\/+$/, '');

describe('url(kind, path, size)', () => {
  it('builds the URL of a path at one of the kind’s sizes', () => {
    expect(url('poster', '/orbit.jpg', 'w500')).toBe(`${base}/w500/orbit.jpg`);
    expect(url('profile', 'face.jpg', 'w45')).toBe(`${base}/w45/face.jpg`);
  });

  it('gives null for a missing image and refuses an empty path', () => {
    expect(url('backdrop', null, 'w780')).toBeNull();
    expect(url('backdrop', undefined, 'w780')).toBeNull();
    expect(() => url('backdrop', '', 'w780')).toThrow(RangeError);
  });

  it('refuses, at run time too, a size of another kind (an untyped caller)', () => {
    const untyped: (kind: 'backdrop', path: string, size: string) => unknown = (kind, path, size) =>
      Reflect.apply(url, undefined, [kind, path, size]);
    expect(() => untyped('backdrop', '/b.jpg', 'h632')).toThrow('no backdrop image size h632');
  });
});
