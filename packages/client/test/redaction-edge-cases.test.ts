// The edges of redaction a caller meets when a custom fetch (or the platform) fails with an unusual error: a
// cause chain that loops or runs very deep, one object reached twice, objects without a prototype, a URL that
// no longer parses once its secret is hidden, DOMExceptions (whose message cannot be copied), and a client
// with no secrets at all, whose errors are passed on untouched.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTmdbClient, type FetchFunction, type TmdbError } from '../src/index.js';
import { API_KEY, TOKEN } from './support/fixtures.js';
import { startServer } from './support/server.js';
import { thrown } from './support/thrown.js';

type Secret = { accessToken: string } | { apiKey: string } | { auth: false };

/** A client whose every fetch fails with `failure()`, called once per attempt. */
function failingWith(failure: () => unknown, secret: Secret = { accessToken: TOKEN }) {
  const fetch: FetchFunction = async () => {
    throw failure();
  };
  return createTmdbClient({
    ...secret,
    baseUrl: 'https://api.example.test',
    fetch,
    retry: false,
    rateLimit: false,
  });
}

/** The error the custom fetch threw, as the `TmdbError` carries it (its `cause`). */
function fetchErrorOf(error: TmdbError): unknown {
  return error.cause;
}

/** The cause of an error (or anything that has one). */
function causeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, 'cause') : undefined;
}

const everythingIn = (value: unknown) =>
  `${inspect(value, { depth: 40 })}\n${value instanceof Error ? value.stack : ''}`;

describe('cause chains', () => {
  it('cut a chain that loops back to an error at the loop, marked [Circular]', async () => {
    const looping = new Error('socket hang up');
    looping.cause = looping;

    const error = await thrown(failingWith(() => looping).GET('/3/configuration'));

    const copy = fetchErrorOf(error);
    expect(copy).toBeInstanceOf(Error);
    expect(copy).not.toBe(looping);
    expect((copy as Error).message).toBe('socket hang up');
    expect(causeOf(copy)).toBe('[Circular]');
  });

  it('hide a secret in an object reached twice, both times, without calling the second a loop', async () => {
    const authorization = { header: `Bearer ${TOKEN}` };

    const error = await thrown(
      failingWith(
        () => new TypeError('fetch failed', { cause: { request: authorization, retried: authorization } }),
      ).GET('/3/configuration'),
    );

    expect(causeOf(fetchErrorOf(error))).toEqual({
      request: { header: 'Bearer [redacted]' },
      retried: { header: 'Bearer [redacted]' },
    });
  });

  it('keep a long chain down to 12 levels and replace what lies deeper with [redacted]', async () => {
    // Level k of the chain sits k + 2 levels below the TmdbError (TmdbError -> fetch error -> level 0).
    let chain: unknown = { level: 'bottom' };
    for (let level = 29; level >= 0; level--) chain = { level, deeper: chain };
    let expected: unknown = '[redacted]';
    for (let level = 10; level >= 0; level--) expected = { level, deeper: expected };

    const error = await thrown(
      failingWith(() => new Error('proxy failed', { cause: chain })).GET('/3/configuration'),
    );

    expect(causeOf(fetchErrorOf(error))).toEqual(expected);
  });

  it('cut a long chain of nested lists at the same depth', async () => {
    let chain: unknown = ['bottom'];
    for (let level = 29; level >= 0; level--) chain = [level, chain];
    let expected: unknown = '[redacted]';
    for (let level = 10; level >= 0; level--) expected = [level, expected];

    const error = await thrown(
      failingWith(() => new Error('proxy failed', { cause: chain })).GET('/3/configuration'),
    );

    expect(causeOf(fetchErrorOf(error))).toEqual(expected);
  });

  it('cut a long chain of errors, each caused by the next, after the 12th', async () => {
    let chain: unknown = new Error('the root cause');
    for (let level = 29; level >= 0; level--) chain = new Error(`level ${level}`, { cause: chain });

    // The fetch's own error is level 0, one level below the TmdbError.
    const error = await thrown(failingWith(() => chain).GET('/3/configuration'));

    const messages: string[] = [];
    let link: unknown = fetchErrorOf(error);
    while (link instanceof Error) {
      messages.push(link.message);
      link = link.cause;
    }
    expect(messages).toEqual(Array.from({ length: 12 }, (_, level) => `level ${level}`));
    expect(link).toBe('[redacted]');
  });
});

describe('objects and values in a cause', () => {
  it('hide a secret in an object without a prototype (as querystring.parse returns), which keeps none', async () => {
    const query: Record<string, unknown> = Object.create(null);
    query.api_key = API_KEY;
    query.page = '2';

    const error = await thrown(
      failingWith(() => new TypeError('fetch failed', { cause: query }), { apiKey: API_KEY }).GET(
        '/3/configuration',
      ),
    );

    const cleaned = causeOf(fetchErrorOf(error));
    expect(Object.getPrototypeOf(cleaned)).toBeNull();
    expect({ ...(cleaned as object) }).toEqual({ api_key: '[redacted]', page: '2' });
  });

  it('keep null, numbers and booleans next to a hidden secret', async () => {
    const error = await thrown(
      failingWith(
        () =>
          new TypeError('fetch failed', {
            cause: { proxy: null, port: 443, tls: true, header: `Bearer ${TOKEN}`, list: [null, 1] },
          }),
      ).GET('/3/configuration'),
    );

    expect(causeOf(fetchErrorOf(error))).toEqual({
      proxy: null,
      port: 443,
      tls: true,
      header: 'Bearer [redacted]',
      list: [null, 1],
    });
  });

  it('leave an object of another class as the live object it is (a copy would lose its private state)', async () => {
    // A pool and its connections point at each other, as sockets, agents and parsers do.
    class Pool {
      readonly #limit = 4;
      readonly connections: Array<{ pool: Pool; id: number }> = [];
      free(): number {
        return this.#limit - this.connections.length;
      }
    }
    const pool = new Pool();
    pool.connections.push({ pool, id: 1 });

    const error = await thrown(
      failingWith(() => new TypeError('fetch failed', { cause: { pool } })).GET('/3/configuration'),
    );

    const { pool: carried } = causeOf(fetchErrorOf(error)) as { pool: Pool };
    expect(carried).toBe(pool);
    expect(carried.free()).toBe(3);
  });

  it('turn a URL that no longer parses once its secret is hidden into about:blank', async () => {
    // A secret in the host: `[redacted]` is no valid host, so the URL becomes a placeholder, not a leak.
    const error = await thrown(
      failingWith(
        () => new TypeError('fetch failed', { cause: { url: new URL(`https://${API_KEY}.proxy.test/`) } }),
        { apiKey: API_KEY },
      ).GET('/3/configuration'),
    );

    const { url } = causeOf(fetchErrorOf(error)) as { url: unknown };
    expect(url).toBeInstanceOf(URL);
    expect(String(url)).toBe('about:blank#[redacted]');
  });
});

describe('DOMExceptions (their message lives in an internal slot)', () => {
  /** What a browser-like fetch throws: a NetworkError, here with a cause (the TypeScript DOM types know no `cause` option). */
  function domException(message: string, cause: unknown): DOMException {
    const failure = new DOMException(message, 'NetworkError');
    failure.cause = cause;
    return failure;
  }

  it('become an Error of the same name whose message, cause and stack are clean', async () => {
    const failure = domException(`could not reach https://api.example.test/?api_key=${API_KEY}`, {
      key: API_KEY,
    });

    const error = await thrown(failingWith(() => failure, { apiKey: API_KEY }).GET('/3/configuration'));

    const copy = fetchErrorOf(error);
    expect(copy).toBeInstanceOf(Error);
    expect(copy).toMatchObject({
      name: 'NetworkError',
      message: 'could not reach https://api.example.test/?api_key=[redacted]',
      cause: { key: '[redacted]' },
    });
    expect((copy as Error).stack).toContain('api_key=[redacted]');
    expect(everythingIn(error)).not.toContain(API_KEY);
  });

  it('are copied when only their cause holds a secret', async () => {
    const failure = domException('network down', `Bearer ${TOKEN}`);

    const error = await thrown(failingWith(() => failure).GET('/3/configuration'));

    expect(fetchErrorOf(error)).toMatchObject({
      name: 'NetworkError',
      message: 'network down',
      cause: 'Bearer [redacted]',
    });
    expect(everythingIn(error)).not.toContain(TOKEN);
  });

  it('are copied when only their stack holds a secret', async () => {
    const failure = new DOMException('network down', 'NetworkError');
    failure.stack = `NetworkError: network down\n    at send (Bearer ${TOKEN})`;

    const error = await thrown(failingWith(() => failure).GET('/3/configuration'));

    const copy = fetchErrorOf(error);
    expect(copy).not.toBe(failure);
    expect((copy as Error).stack).toBe('NetworkError: network down\n    at send (Bearer [redacted])');
  });

  it('are copied when only their message holds a secret (a stack rewritten without it)', async () => {
    const failure = new DOMException(`bad key ${API_KEY}`, 'NetworkError');
    failure.stack = 'NetworkError\n    at send (fetch.js:1:1)';

    const error = await thrown(failingWith(() => failure, { apiKey: API_KEY }).GET('/3/configuration'));

    expect(fetchErrorOf(error)).toMatchObject({ name: 'NetworkError', message: 'bad key [redacted]' });
    expect((fetchErrorOf(error) as Error).stack).toBe('NetworkError\n    at send (fetch.js:1:1)');
  });

  it('get no stack in the copy when theirs is not text (loggers split a stack into lines)', async () => {
    const failure = new DOMException(`bad key ${API_KEY}`, 'NetworkError');
    Object.defineProperty(failure, 'stack', { value: { frames: ['send (fetch.js:1:1)'] } });

    const error = await thrown(failingWith(() => failure, { apiKey: API_KEY }).GET('/3/configuration'));

    expect(fetchErrorOf(error)).toMatchObject({ message: 'bad key [redacted]' });
    expect((fetchErrorOf(error) as Error).stack).toBeUndefined();
  });

  it('get no cause in the copy when they had none', async () => {
    const failure = new DOMException(`bad key ${API_KEY}`, 'NetworkError');

    const error = await thrown(failingWith(() => failure, { apiKey: API_KEY }).GET('/3/configuration'));

    const copy = fetchErrorOf(error);
    expect(copy).toMatchObject({ name: 'NetworkError', message: 'bad key [redacted]' });
    expect(Object.hasOwn(copy as object, 'cause')).toBe(false);
  });

  it('stay themselves when they hold no secret: a timed-out call’s cause is the TimeoutError', async () => {
    const server = await startServer(() => new Promise(() => {}));
    try {
      const tmdb = createTmdbClient({
        accessToken: TOKEN,
        baseUrl: server.baseUrl,
        retry: false,
        timeout: 30,
      });

      const error = await thrown(tmdb.GET('/3/configuration'));

      expect(error.kind).toBe('timeout');
      expect(error.cause).toBeInstanceOf(DOMException);
      expect(error.cause).toMatchObject({ name: 'TimeoutError' });
    } finally {
      await server.close();
    }
  });
});

describe('the redacted copy of an error', () => {
  it('has a stack the caller can still rewrite or redefine, as any error’s', async () => {
    const error = await thrown(
      failingWith(() => new TypeError(`fetch failed with Bearer ${TOKEN}`)).GET('/3/configuration'),
    );
    const copy = fetchErrorOf(error) as Error;
    expect(copy.stack).toContain('Bearer [redacted]');

    // Loggers and test runners rewrite stacks; in strict code a read-only one would throw here.
    copy.stack = 'rewritten';
    expect(copy.stack).toBe('rewritten');
    Object.defineProperty(copy, 'stack', { value: 'redefined' });
    expect(copy.stack).toBe('redefined');
    // Some libraries drop the stack of an expected failure.
    expect(delete copy.stack).toBe(true);
    expect(Object.hasOwn(copy, 'stack')).toBe(false);
  });
});

describe('a client with no secrets (auth: false, behind a proxy)', () => {
  it('passes a failed fetch’s error on as it is, loops and deep chains included', async () => {
    const looping = new Error('socket hang up');
    looping.cause = looping;
    let chain: unknown = looping;
    for (let level = 0; level < 20; level++) chain = { level, deeper: chain };
    const failure = new TypeError('fetch failed', { cause: chain });

    const error = await thrown(failingWith(() => failure, { auth: false }).GET('/3/configuration'));

    expect(error.cause).toBe(failure);
  });
});
