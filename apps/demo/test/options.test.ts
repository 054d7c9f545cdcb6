import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  DemoOptionsError,
  parseServerOptions,
  TMDB_API_URL,
} from '../server/options.js';

describe('parseServerOptions', () => {
  it('defaults to the offline mock on 127.0.0.1', () => {
    expect(parseServerOptions([], {})).toEqual({
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      upstream: { kind: 'mock' },
    });
  });

  it('takes the port and host from flags first, then PORT and HOST', () => {
    expect(parseServerOptions(['--port', '8080'], { PORT: '9090' })).toMatchObject({ port: 8080 });
    expect(parseServerOptions(['--port=0', '--host=::1'], {})).toMatchObject({ port: 0, host: '::1' });
    expect(parseServerOptions([], { PORT: '9090', HOST: '0.0.0.0' })).toMatchObject({
      port: 9090,
      host: '0.0.0.0',
    });
  });

  it('uses TMDB, with the token kept for the proxy, when TMDB_ACCESS_TOKEN is set', () => {
    expect(parseServerOptions([], { TMDB_ACCESS_TOKEN: ' secret ' }).upstream).toEqual({
      kind: 'tmdb',
      baseUrl: TMDB_API_URL,
      accessToken: 'secret',
    });
    expect(
      parseServerOptions([], { TMDB_ACCESS_TOKEN: 't', TMDB_BASE_URL: 'http://127.0.0.1:4010/' }).upstream,
    ).toMatchObject({ baseUrl: 'http://127.0.0.1:4010' });
    expect(parseServerOptions([], { TMDB_ACCESS_TOKEN: '' }).upstream).toEqual({ kind: 'mock' });
  });

  it.each([
    [['--port', '70000'], {}, /port must be a whole number/],
    [['--port', 'abc'], {}, /port must be a whole number/],
    [[], { PORT: '-1' }, /port must be a whole number/],
    [['--port'], {}, /--port needs a value/],
    [['--verbose'], {}, /unknown argument "--verbose"/],
    [[], { TMDB_ACCESS_TOKEN: 't', TMDB_BASE_URL: 'ftp://x' }, /TMDB_BASE_URL must be an http\(s\) URL/],
    [[], { TMDB_ACCESS_TOKEN: 't', TMDB_BASE_URL: 'not a url' }, /TMDB_BASE_URL must be an http\(s\) URL/],
  ])('refuses %j %j with a clear message', (argv, env, message) => {
    expect(() => parseServerOptions(argv, env)).toThrow(DemoOptionsError);
    expect(() => parseServerOptions(argv, env)).toThrow(message);
  });

  it('never repeats the token in an error', () => {
    const env = { TMDB_ACCESS_TOKEN: 'very-secret-token', TMDB_BASE_URL: 'nope' };
    expect(() => parseServerOptions([], env)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('very-secret-token') }),
    );
  });
});
